# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDesaturateInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    desaturate_factor: Annotated[float, Field(ge=0.0, le=1.0)] = 1
    """Desaturation factor"""
    desaturate_method: Literal[
        "luminance (Rec.709)", "luminance (Rec.601)", "average", "lightness"
    ] = "luminance (Rec.709)"
    """Desaturation method"""


class PostProcessingDesaturateOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with desaturation effect"""
