# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingChromaticAberrationInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    red_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Red channel shift amount"""
    red_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Red channel shift direction"""
    green_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Green channel shift amount"""
    green_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Green channel shift direction"""
    blue_shift: Annotated[int, Field(ge=-20, le=20)] = 0
    """Blue channel shift amount"""
    blue_direction: Literal["horizontal", "vertical"] = "horizontal"
    """Blue channel shift direction"""


class PostProcessingChromaticAberrationOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with chromatic aberration effect"""
