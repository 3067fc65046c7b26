# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LtxVideoV095ExtendInput(InputModel):
    prompt: str
    """Text prompt to guide generation"""
    negative_prompt: str = "worst quality, inconsistent motion, blurry, jittery, distorted"
    """Negative prompt for generation"""
    resolution: Literal["480p", "720p"] = "720p"
    """Resolution of the generated video (480p or 720p)."""
    aspect_ratio: Literal["9:16", "16:9"] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""
    seed: int | None | MISSING = MISSING
    """Random seed for generation"""
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 40
    """Number of inference steps"""
    expand_prompt: bool = True
    """Whether to expand the prompt using the model's own capabilities."""
    video: VideoConditioningInput
    """Video to be extended."""


class LtxVideoV095ExtendOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""


class VideoConditioningInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of video to be extended"""
    start_frame_num: Annotated[int, Field(ge=0, le=120, multiple_of=8)]
    """Frame number of the video from which the conditioning starts. Must be a multiple of 8."""
