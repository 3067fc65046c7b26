# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VideoConditioningInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="URL of video to be extended", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of video to be extended"""

    start_frame_num: Annotated[
        int,
        Field(
            description="Frame number of the video from which the conditioning starts. Must be a "
            "multiple of 8.",
            ge=0,
            le=120,
            multiple_of=8,
        ),
    ]
    """Frame number of the video from which the conditioning starts. Must be a multiple of 8."""


class LtxVideoV095ExtendInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt to guide generation")]
    """Text prompt to guide generation"""

    negative_prompt: Annotated[str, Field(description="Negative prompt for generation")] = (
        "worst quality, inconsistent motion, blurry, jittery, distorted"
    )
    """Negative prompt for generation"""

    resolution: Annotated[
        Literal["480p", "720p"],
        Field(description="Resolution of the generated video (480p or 720p)."),
    ] = "720p"
    """Resolution of the generated video (480p or 720p)."""

    aspect_ratio: Annotated[
        Literal["9:16", "16:9"],
        Field(description="Aspect ratio of the generated video (16:9 or 9:16)."),
    ] = "16:9"
    """Aspect ratio of the generated video (16:9 or 9:16)."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps", ge=2, le=50)
    ] = 40
    """Number of inference steps"""

    expand_prompt: Annotated[
        bool, Field(description="Whether to expand the prompt using the model's own capabilities.")
    ] = True
    """Whether to expand the prompt using the model's own capabilities."""

    video: Annotated[VideoConditioningInput, Field(description="Video to be extended.")]
    """Video to be extended."""


class LtxVideoV095ExtendOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
