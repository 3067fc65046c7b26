# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TrajectoryParameters(InputModel):
    """Camera trajectory parameters for re-camera operations.

    Each list represents interpolation values across frames:
    - theta: Horizontal rotation angles (degrees)
    - phi: Vertical rotation angles (degrees)
    - radius: Camera distance scaling factors
    """

    theta: Annotated[
        list[float], Field(description="Horizontal rotation angles (degrees) for each keyframe.")
    ]
    """Horizontal rotation angles (degrees) for each keyframe."""

    phi: Annotated[
        list[float], Field(description="Vertical rotation angles (degrees) for each keyframe.")
    ]
    """Vertical rotation angles (degrees) for each keyframe."""

    radius: Annotated[
        list[float], Field(description="Camera distance scaling factors for each keyframe.")
    ]
    """Camera distance scaling factors for each keyframe."""


class LightxRecameraInput(InputModel):
    """Re-camera-only request (minimal schema)."""

    video_url: Annotated[
        str, Field(description="URL of the input video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video."""

    prompt: Annotated[
        str | None | MISSING,
        Field(description="Optional text prompt. If omitted, Light-X will auto-caption the video."),
    ] = MISSING
    """Optional text prompt. If omitted, Light-X will auto-caption the video."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    camera: Annotated[Literal["traj", "target"], Field(description="Camera control mode.")] = "traj"
    """Camera control mode."""

    mode: Annotated[
        Literal["gradual", "bullet", "direct", "dolly-zoom"],
        Field(description="Camera motion mode."),
    ] = "gradual"
    """Camera motion mode."""

    trajectory: Annotated[
        TrajectoryParameters | None | MISSING,
        Field(description="Camera trajectory parameters (required for recamera mode)."),
    ] = MISSING
    """Camera trajectory parameters (required for recamera mode)."""

    target_pose: Annotated[
        list[float] | None | MISSING,
        Field(
            description="Target camera pose [theta, phi, radius, x, y] (required when "
            "camera='target')."
        ),
    ] = MISSING
    """Target camera pose [theta, phi, radius, x, y] (required when camera='target')."""


class LightxRecameraOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    input_video: Annotated[
        shared.File | None | MISSING,
        Field(
            description="Optional: normalized/processed input video (if produced by the pipeline)."
        ),
    ] = MISSING
    """Optional: normalized/processed input video (if produced by the pipeline)."""

    viz_video: Annotated[
        shared.File | None | MISSING,
        Field(description="Optional: visualization/debug video (if produced by the pipeline)."),
    ] = MISSING
    """Optional: visualization/debug video (if produced by the pipeline)."""
