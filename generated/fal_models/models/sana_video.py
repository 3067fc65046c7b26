# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SanaVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt describing the video to generate.")]
    """The text prompt describing the video to generate."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt describing what to avoid in the generation.")
    ] = (
        "A chaotic sequence with misshapen, deformed limbs in heavy motion blur, sudden "
        "disappearance, jump cuts, jerky movements, rapid shot changes, frames out of sync, "
        "inconsistent character shapes, temporal artifacts, jitter, and ghosting effects, "
        "creating a disorienting visual experience."
    )
    """The negative prompt describing what to avoid in the generation."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the output video.")
    ] = "480p"
    """The resolution of the output video."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "4:3", "3:4", "1:1"],
        Field(
            description="The aspect ratio of the output video. Only used when resolution is '720p'."
        ),
    ] = "16:9"
    """The aspect ratio of the output video. Only used when resolution is '720p'."""

    num_frames: Annotated[
        int, Field(description="Number of frames to generate.", ge=16, le=200)
    ] = 81
    """Number of frames to generate."""

    frames_per_second: Annotated[
        int, Field(description="Frames per second for the output video.", ge=8, le=30)
    ] = 16
    """Frames per second for the output video."""

    motion_score: Annotated[
        int, Field(description="Motion intensity score (higher = more motion).", ge=0, le=100)
    ] = 30
    """Motion intensity score (higher = more motion)."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance scale for generation (higher = more prompt adherence).",
            ge=1.0,
            le=20.0,
        ),
    ] = 6
    """Guidance scale for generation (higher = more prompt adherence)."""

    num_inference_steps: Annotated[
        int, Field(description="Number of denoising steps.", ge=1, le=50)
    ] = 28
    """Number of denoising steps."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible generation. If not provided, a random seed "
            "will be used."
        ),
    ] = MISSING
    """Random seed for reproducible generation. If not provided, a random seed will be used."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable safety checking of the generated video.")
    ] = True
    """Enable safety checking of the generated video."""


class SanaVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file.")]
    """Generated video file."""

    seed: Annotated[int, Field(description="The random seed used for the generation process.")]
    """The random seed used for the generation process."""

    timings: Annotated[dict[str, float], Field(description="Performance timing breakdown.")]
    """Performance timing breakdown."""
