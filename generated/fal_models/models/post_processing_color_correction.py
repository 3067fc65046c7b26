# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingColorCorrectionInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    temperature: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Color temperature adjustment"""
    brightness: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Brightness adjustment"""
    contrast: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Contrast adjustment"""
    saturation: Annotated[float, Field(ge=-100.0, le=100.0)] = 0
    """Saturation adjustment"""
    gamma: Annotated[float, Field(ge=0.2, le=2.2)] = 1
    """Gamma adjustment"""


class PostProcessingColorCorrectionOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with color correction"""
