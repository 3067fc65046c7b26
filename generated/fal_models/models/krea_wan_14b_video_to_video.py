# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KreaWan14bVideoToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt for the video-to-video generation.")]
    """Prompt for the video-to-video generation."""

    strength: Annotated[
        float,
        Field(
            description="Denoising strength for the video-to-video generation. 0.0 preserves the "
            "original, 1.0 completely remakes the video.",
            ge=0.01,
            le=1.0,
        ),
    ] = 0.85
    """Denoising strength for the video-to-video generation. 0.0 preserves the original, 1.0
    completely remakes the video.
    """

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt expansion. This will use a large language model "
            "to expand the prompt with additional details while maintaining the original meaning."
        ),
    ] = False
    """Whether to enable prompt expansion. This will use a large language model to expand the
    prompt with additional details while maintaining the original meaning.
    """

    video_url: Annotated[
        str,
        Field(
            description="URL of the input video. Currently, only outputs of 16:9 aspect ratio and "
            "480p resolution are supported. Video duration should be less than 1000 frames at "
            "16fps, and output frames will be 6 plus a multiple of 12, for example 18, 30, 42, "
            "etc.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video. Currently, only outputs of 16:9 aspect ratio and 480p resolution
    are supported. Video duration should be less than 1000 frames at 16fps, and output frames
    will be 6 plus a multiple of 12, for example 18, 30, 42, etc.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the video-to-video generation.")
    ] = MISSING
    """Seed for the video-to-video generation."""


class KreaWan14bVideoToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
