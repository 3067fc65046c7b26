# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LightxRecameraInput(InputModel):
    """Re-camera-only request (minimal schema)."""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video."""
    prompt: str | None | MISSING = MISSING
    """Optional text prompt. If omitted, Light-X will auto-caption the video."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    camera: Literal["traj", "target"] = "traj"
    """Camera control mode."""
    mode: Literal["gradual", "bullet", "direct", "dolly-zoom"] = "gradual"
    """Camera motion mode."""
    trajectory: TrajectoryParameters | None | MISSING = MISSING
    """Camera trajectory parameters (required for recamera mode)."""
    target_pose: list[float] | None | MISSING = MISSING
    """Target camera pose [theta, phi, radius, x, y] (required when camera='target')."""


class LightxRecameraOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
    input_video: shared.File | None | MISSING = MISSING
    """Optional: normalized/processed input video (if produced by the pipeline)."""
    viz_video: shared.File | None | MISSING = MISSING
    """Optional: visualization/debug video (if produced by the pipeline)."""


class TrajectoryParameters(InputModel):
    """Camera trajectory parameters for re-camera operations.

    Each list represents interpolation values across frames:
    - theta: Horizontal rotation angles (degrees)
    - phi: Vertical rotation angles (degrees)
    - radius: Camera distance scaling factors
    """

    theta: list[float]
    """Horizontal rotation angles (degrees) for each keyframe."""
    phi: list[float]
    """Vertical rotation angles (degrees) for each keyframe."""
    radius: list[float]
    """Camera distance scaling factors for each keyframe."""
