# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingColorTintInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    tint_strength: Annotated[float, Field(ge=0.1, le=1.0)] = 1
    """Tint strength"""
    tint_mode: Literal[
        "sepia",
        "red",
        "green",
        "blue",
        "cyan",
        "magenta",
        "yellow",
        "purple",
        "orange",
        "warm",
        "cool",
        "lime",
        "navy",
        "vintage",
        "rose",
        "teal",
        "maroon",
        "peach",
        "lavender",
        "olive",
    ] = "sepia"
    """Tint color mode"""


class PostProcessingColorTintOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with color tint effect"""
