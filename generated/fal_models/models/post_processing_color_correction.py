# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingColorCorrectionInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    temperature: Annotated[
        float, Field(description="Color temperature adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Color temperature adjustment"""

    brightness: Annotated[
        float, Field(description="Brightness adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Brightness adjustment"""

    contrast: Annotated[float, Field(description="Contrast adjustment", ge=-100.0, le=100.0)] = 0
    """Contrast adjustment"""

    saturation: Annotated[
        float, Field(description="Saturation adjustment", ge=-100.0, le=100.0)
    ] = 0
    """Saturation adjustment"""

    gamma: Annotated[float, Field(description="Gamma adjustment", ge=0.2, le=2.2)] = 1
    """Gamma adjustment"""


class PostProcessingColorCorrectionOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with color correction")
    ]
    """The processed images with color correction"""
