# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDesaturateInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    desaturate_factor: Annotated[
        float, Field(description="Desaturation factor", ge=0.0, le=1.0)
    ] = 1
    """Desaturation factor"""

    desaturate_method: Annotated[
        Literal["luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"],
        Field(description="Desaturation method"),
    ] = "luminance (Rec.709)"
    """Desaturation method"""


class PostProcessingDesaturateOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with desaturation effect")
    ]
    """The processed images with desaturation effect"""
