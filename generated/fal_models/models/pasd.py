# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ConditioningScale = TypeAliasType("ConditioningScale", Annotated[float, Field(ge=0.1, le=1.0)])
"""ControlNet conditioning scale (0.1-1.0)"""


GuidanceScale = TypeAliasType("GuidanceScale", Annotated[float, Field(ge=1.0, le=20.0)])
"""Guidance scale for diffusion (1.0-20.0)"""


class PasdInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image to super-resolve"""
    scale: Scale | None = 2
    """Upscaling factor (1-4x)"""
    steps: Steps | None = 25
    """Number of inference steps (10-50)"""
    guidance_scale: GuidanceScale | None = 7
    """Guidance scale for diffusion (1.0-20.0)"""
    conditioning_scale: ConditioningScale | None = 0.8
    """ControlNet conditioning scale (0.1-1.0)"""
    prompt: str | None = ""
    """Additional prompt to guide super-resolution"""
    negative_prompt: str | None = (
        "blurry, dirty, messy, frames, deformed, dotted, noise, raster lines, unclear, lowres, "
        "over-smoothed, painting, ai generated"
    )
    """Negative prompt to avoid unwanted artifacts"""


class PasdOutput(OutputModel):
    images: list[shared.Image]
    """The generated super-resolved images"""
    timings: dict[str, float] | MISSING = MISSING
    """Timing information for different processing stages"""


Scale = TypeAliasType("Scale", Annotated[int, Field(ge=1, le=4)])
"""Upscaling factor (1-4x)"""


Steps = TypeAliasType("Steps", Annotated[int, Field(ge=10, le=50)])
"""Number of inference steps (10-50)"""
