# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Scale = TypeAliasType(
    "Scale", Annotated[int, Field(description="Upscaling factor (1-4x)", ge=1, le=4)]
)


Steps = TypeAliasType(
    "Steps", Annotated[int, Field(description="Number of inference steps (10-50)", ge=10, le=50)]
)


GuidanceScale = TypeAliasType(
    "GuidanceScale",
    Annotated[float, Field(description="Guidance scale for diffusion (1.0-20.0)", ge=1.0, le=20.0)],
)


ConditioningScale = TypeAliasType(
    "ConditioningScale",
    Annotated[float, Field(description="ControlNet conditioning scale (0.1-1.0)", ge=0.1, le=1.0)],
)


class PasdInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="Input image to super-resolve", json_schema_extra={"x-fal-file": True}),
    ]
    """Input image to super-resolve"""

    scale: Annotated[Scale | None, Field(description="Upscaling factor (1-4x)")] = 2
    """Upscaling factor (1-4x)"""

    steps: Annotated[Steps | None, Field(description="Number of inference steps (10-50)")] = 25
    """Number of inference steps (10-50)"""

    guidance_scale: Annotated[
        GuidanceScale | None, Field(description="Guidance scale for diffusion (1.0-20.0)")
    ] = 7
    """Guidance scale for diffusion (1.0-20.0)"""

    conditioning_scale: Annotated[
        ConditioningScale | None, Field(description="ControlNet conditioning scale (0.1-1.0)")
    ] = 0.8
    """ControlNet conditioning scale (0.1-1.0)"""

    prompt: Annotated[
        str | None, Field(description="Additional prompt to guide super-resolution")
    ] = ""
    """Additional prompt to guide super-resolution"""

    negative_prompt: Annotated[
        str | None, Field(description="Negative prompt to avoid unwanted artifacts")
    ] = (
        "blurry, dirty, messy, frames, deformed, dotted, noise, raster lines, unclear, lowres, "
        "over-smoothed, painting, ai generated"
    )
    """Negative prompt to avoid unwanted artifacts"""


class PasdOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated super-resolved images")]
    """The generated super-resolved images"""

    timings: Annotated[
        dict[str, float] | MISSING,
        Field(description="Timing information for different processing stages"),
    ] = MISSING
    """Timing information for different processing stages"""
