# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SanaVideoInput(InputModel):
    prompt: str
    """The text prompt describing the video to generate."""
    negative_prompt: str = (
        "A chaotic sequence with misshapen, deformed limbs in heavy motion blur, sudden "
        "disappearance, jump cuts, jerky movements, rapid shot changes, frames out of sync, "
        "inconsistent character shapes, temporal artifacts, jitter, and ghosting effects, "
        "creating a disorienting visual experience."
    )
    """The negative prompt describing what to avoid in the generation."""
    resolution: Literal["480p", "720p"] = "480p"
    """The resolution of the output video."""
    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] = "16:9"
    """The aspect ratio of the output video. Only used when resolution is '720p'."""
    num_frames: Annotated[int, Field(ge=16, le=200)] = 81
    """Number of frames to generate."""
    frames_per_second: Annotated[int, Field(ge=8, le=30)] = 16
    """Frames per second for the output video."""
    motion_score: Annotated[int, Field(ge=0, le=100)] = 30
    """Motion intensity score (higher = more motion)."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 6
    """Guidance scale for generation (higher = more prompt adherence)."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """Number of denoising steps."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation. If not provided, a random seed will be used."""
    enable_safety_checker: bool = True
    """Enable safety checking of the generated video."""


class SanaVideoOutput(OutputModel):
    video: shared.File
    """Generated video file."""
    seed: int
    """The random seed used for the generation process."""
    timings: dict[str, float]
    """Performance timing breakdown."""
