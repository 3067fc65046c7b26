# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanMotionInput(InputModel):
    prompt: str
    """Text prompt describing the motion to generate."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    duration: Annotated[float, Field(ge=0.5, le=12.0)] = 5
    """Motion duration in seconds (0.5-12.0)."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """Classifier-free guidance scale. Higher = more faithful to prompt."""
    output_format: Literal["fbx", "dict"] = "fbx"
    """Output format: 'fbx' for animation files, 'dict' for raw JSON."""


class HunyuanMotionOutput(OutputModel):
    fbx_file: shared.File | None | MISSING = MISSING
    """Generated FBX animation file."""
    motion_json: shared.File | None | MISSING = MISSING
    """Generated motion data as JSON."""
    seed: int
    """Seed used for generation."""
