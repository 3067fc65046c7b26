# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ClarityaiCrystalUpscalerInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL to the input image", json_schema_extra={"x-fal-file": True})
    ]
    """URL to the input image"""

    scale_factor: Annotated[float, Field(description="Scale factor", ge=1.0, le=200.0)] = 2
    """Scale factor"""

    creativity: Annotated[
        float, Field(description="Creativity level for upscaling", ge=0.0, le=10.0)
    ] = 0
    """Creativity level for upscaling"""


class ClarityaiCrystalUpscalerOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="List of upscaled images")]
    """List of upscaled images"""
