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


class RecraftV4ProTextToVectorInput(InputModel):
    prompt: Annotated[str, Field(max_length=10000, min_length=1)]
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    colors: Annotated[
        list[RGBColor], Field(description="An array of preferable colors", validate_default=True)
    ] = []
    """An array of preferable colors"""

    background_color: Annotated[
        RGBColor | None | MISSING,
        Field(description="The preferable background color of the generated images."),
    ] = MISSING
    """The preferable background color of the generated images."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class RecraftV4ProTextToVectorOutput(OutputModel):
    images: list[shared.File]
