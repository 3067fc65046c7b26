# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AspectRatio(InputModel):
    """Aspect ratio model that calculates 4K resolution dimensions"""

    ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4"],
        Field(description="Aspect ratio for 4K resolution output"),
    ] = "1:1"
    """Aspect ratio for 4K resolution output"""


class ImageAppsV2HairChangeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Portrait image URL for hair change", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """Portrait image URL for hair change"""

    target_hairstyle: Literal[
        "short_hair",
        "medium_long_hair",
        "long_hair",
        "curly_hair",
        "wavy_hair",
        "high_ponytail",
        "bun",
        "bob_cut",
        "pixie_cut",
        "braids",
        "straight_hair",
        "afro",
        "dreadlocks",
        "buzz_cut",
        "mohawk",
        "bangs",
        "side_part",
        "middle_part",
    ] = "long_hair"
    hair_color: Literal[
        "black",
        "dark_brown",
        "light_brown",
        "blonde",
        "platinum_blonde",
        "red",
        "auburn",
        "gray",
        "silver",
        "blue",
        "green",
        "purple",
        "pink",
        "rainbow",
        "natural",
        "highlights",
        "ombre",
        "balayage",
    ] = "natural"
    aspect_ratio: Annotated[
        AspectRatio | MISSING,
        Field(description="Aspect ratio for 4K output (default: 3:4 for portraits)"),
    ] = MISSING
    """Aspect ratio for 4K output (default: 3:4 for portraits)"""


class ImageAppsV2HairChangeOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Portrait with changed hair")]
    """Portrait with changed hair"""
