# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseV5_5EffectsInput(InputModel):
    effect: Annotated[
        Literal[
            "Kiss Me AI",
            "Kiss",
            "Muscle Surge",
            "Warmth of Jesus",
            "Anything, Robot",
            "The Tiger Touch",
            "Hug",
            "Holy Wings",
            "Microwave",
            "Zombie Mode",
            "Squid Game",
            "Baby Face",
            "Black Myth: Wukong",
            "Long Hair Magic",
            "Leggy Run",
            "Fin-tastic Mermaid",
            "Punch Face",
            "Creepy Devil Smile",
            "Thunder God",
            "Eye Zoom Challenge",
            "Who's Arrested?",
            "Baby Arrived",
            "Werewolf Rage",
            "Bald Swipe",
            "BOOM DROP",
            "Huge Cutie",
            "Liquid Metal",
            "Sharksnap!",
            "Dust Me Away",
            "3D Figurine Factor",
            "Bikini Up",
            "My Girlfriends",
            "My Boyfriends",
            "Subject 3 Fever",
            "Earth Zoom",
            "Pole Dance",
            "Vroom Dance",
            "GhostFace Terror",
            "Dragon Evoker",
            "Skeletal Bae",
            "Summoning succubus",
            "Halloween Voodoo Doll",
            "3D Naked-Eye AD",
            "Package Explosion",
            "Dishes Served",
            "Ocean ad",
            "Supermarket AD",
            "Tree doll",
            "Come Feel My Abs",
            "The Bicep Flex",
            "London Elite Vibe",
            "Flora Nymph Gown",
            "Christmas Costume",
            "It's Snowy",
            "Reindeer Cruiser",
            "Snow Globe Maker",
            "Pet Christmas Outfit",
            "Adopt a Polar Pal",
            "Cat Christmas Box",
            "Starlight Gift Box",
            "Xmas Poster",
            "Pet Christmas Tree",
            "City Santa Hat",
            "Stocking Sweetie",
            "Christmas Night",
            "Xmas Front Page Karma",
            "Grinch's Xmas Hijack",
            "Giant Product",
            "Truck Fashion Shoot",
            "Beach AD",
            "Shoal Surround",
            "Mechanical Assembly",
            "Lighting AD",
            "Billboard AD",
            "Product close-up",
            "Parachute Delivery",
            "Dreamlike Cloud",
            "Macaron Machine",
            "Poster AD",
            "Truck AD",
            "Graffiti AD",
            "3D Figurine Factory",
            "The Exclusive First Class",
            "Art Zoom Challenge",
            "I Quit",
            "Hitchcock Dolly Zoom",
            "Smell the Lens",
            "I believe I can fly",
            "Strikout Dance",
            "Pixel World",
            "Mint in Box",
            "Hands up, Hand",
            "Flora Nymph Go",
            "Somber Embrace",
            "Beam me up",
            "Suit Swagger",
        ],
        Field(description="The effect to apply to the video"),
    ]
    """The effect to apply to the video"""

    image_url: Annotated[
        str,
        Field(
            description="Optional URL of the image to use as the first frame. If not provided, "
            "generates from text",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Optional URL of the image to use as the first frame. If not provided, generates from text"""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"],
        Field(description="The resolution of the generated video."),
    ] = "720p"
    """The resolution of the generated video."""

    duration: Annotated[
        Literal["5", "8", "10"], Field(description="The duration of the generated video in seconds")
    ] = "5"
    """The duration of the generated video in seconds"""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to be used for the generation")
    ] = ""
    """Negative prompt to be used for the generation"""

    thinking_type: Annotated[
        Literal["enabled", "disabled", "auto"] | None | MISSING,
        Field(
            description="Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off, "
            "'auto' for model decision"
        ),
    ] = MISSING
    """Prompt optimization mode: 'enabled' to optimize, 'disabled' to turn off, 'auto' for model
    decision
    """


class PixverseV5_5EffectsOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
