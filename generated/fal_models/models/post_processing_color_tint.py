# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingColorTintInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    tint_strength: Annotated[float, Field(description="Tint strength", ge=0.1, le=1.0)] = 1
    """Tint strength"""

    tint_mode: Annotated[
        Literal[
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
        ],
        Field(description="Tint color mode"),
    ] = "sepia"
    """Tint color mode"""


class PostProcessingColorTintOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with color tint effect")
    ]
    """The processed images with color tint effect"""
