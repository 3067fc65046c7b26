# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class RGBColor(InputModel):
    r: Annotated[int, Field(description="Red color value", ge=0, le=255)] = 0
    """Red color value"""

    g: Annotated[int, Field(description="Green color value", ge=0, le=255)] = 0
    """Green color value"""

    b: Annotated[int, Field(description="Blue color value", ge=0, le=255)] = 0
    """Blue color value"""


class Recraft20bInput(InputModel):
    prompt: Annotated[str, Field(max_length=1000, min_length=1)]
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    style: Annotated[
        Literal[
            "any",
            "realistic_image",
            "digital_illustration",
            "vector_illustration",
            "realistic_image/b_and_w",
            "realistic_image/enterprise",
            "realistic_image/hard_flash",
            "realistic_image/hdr",
            "realistic_image/motion_blur",
            "realistic_image/natural_light",
            "realistic_image/studio_portrait",
            "digital_illustration/2d_art_poster",
            "digital_illustration/2d_art_poster_2",
            "digital_illustration/3d",
            "digital_illustration/80s",
            "digital_illustration/engraving_color",
            "digital_illustration/glow",
            "digital_illustration/grain",
            "digital_illustration/hand_drawn",
            "digital_illustration/hand_drawn_outline",
            "digital_illustration/handmade_3d",
            "digital_illustration/infantile_sketch",
            "digital_illustration/kawaii",
            "digital_illustration/pixel_art",
            "digital_illustration/psychedelic",
            "digital_illustration/seamless",
            "digital_illustration/voxel",
            "digital_illustration/watercolor",
            "vector_illustration/cartoon",
            "vector_illustration/doodle_line_art",
            "vector_illustration/engraving",
            "vector_illustration/flat_2",
            "vector_illustration/kawaii",
            "vector_illustration/line_art",
            "vector_illustration/line_circuit",
            "vector_illustration/linocut",
            "vector_illustration/seamless",
        ],
        Field(description="The style of the generated images. Vector images cost 2X as much."),
    ] = "realistic_image"
    """The style of the generated images. Vector images cost 2X as much."""

    colors: Annotated[
        list[RGBColor], Field(description="An array of preferable colors", validate_default=True)
    ] = []
    """An array of preferable colors"""

    style_id: Annotated[
        str | None | MISSING,
        Field(
            description="The ID of the custom style reference (optional) Not checked by the "
            "client: format uuid4."
        ),
    ] = MISSING
    """The ID of the custom style reference (optional) Not checked by the client: format uuid4."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""


class Recraft20bOutput(OutputModel):
    images: list[shared.File]
