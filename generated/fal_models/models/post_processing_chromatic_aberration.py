# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingChromaticAberrationInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    red_shift: Annotated[int, Field(description="Red channel shift amount", ge=-20, le=20)] = 0
    """Red channel shift amount"""

    red_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Red channel shift direction")
    ] = "horizontal"
    """Red channel shift direction"""

    green_shift: Annotated[int, Field(description="Green channel shift amount", ge=-20, le=20)] = 0
    """Green channel shift amount"""

    green_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Green channel shift direction")
    ] = "horizontal"
    """Green channel shift direction"""

    blue_shift: Annotated[int, Field(description="Blue channel shift amount", ge=-20, le=20)] = 0
    """Blue channel shift amount"""

    blue_direction: Annotated[
        Literal["horizontal", "vertical"], Field(description="Blue channel shift direction")
    ] = "horizontal"
    """Blue channel shift direction"""


class PostProcessingChromaticAberrationOutput(OutputModel):
    images: Annotated[
        list[shared.Image],
        Field(description="The processed images with chromatic aberration effect"),
    ]
    """The processed images with chromatic aberration effect"""
