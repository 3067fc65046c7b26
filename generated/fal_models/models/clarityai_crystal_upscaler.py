# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ClarityaiCrystalUpscalerInput(InputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to the input image"""
    scale_factor: Annotated[float, Field(ge=1.0, le=200.0)] = 2
    """Scale factor"""
    creativity: Annotated[float, Field(ge=0.0, le=10.0)] = 0
    """Creativity level for upscaling"""


class ClarityaiCrystalUpscalerOutput(OutputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    images: list[shared.Image]
    """List of upscaled images"""
