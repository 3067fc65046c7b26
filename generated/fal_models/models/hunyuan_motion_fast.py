# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanMotionFastInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt describing the motion to generate.")]
    """Text prompt describing the motion to generate."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    duration: Annotated[
        float, Field(description="Motion duration in seconds (0.5-12.0).", ge=0.5, le=12.0)
    ] = 5
    """Motion duration in seconds (0.5-12.0)."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher = more faithful to prompt.",
            ge=1.0,
            le=10.0,
        ),
    ] = 5
    """Classifier-free guidance scale. Higher = more faithful to prompt."""

    output_format: Annotated[
        Literal["fbx", "dict"],
        Field(description="Output format: 'fbx' for animation files, 'dict' for raw JSON."),
    ] = "fbx"
    """Output format: 'fbx' for animation files, 'dict' for raw JSON."""


class HunyuanMotionFastOutput(OutputModel):
    fbx_file: Annotated[
        shared.File | None | MISSING, Field(description="Generated FBX animation file.")
    ] = MISSING
    """Generated FBX animation file."""

    motion_json: Annotated[
        shared.File | None | MISSING, Field(description="Generated motion data as JSON.")
    ] = MISSING
    """Generated motion data as JSON."""

    seed: Annotated[int, Field(description="Seed used for generation.")]
    """Seed used for generation."""
