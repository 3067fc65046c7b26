# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LongcatVideoDistilledTextToVideo720pInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to guide the video generation.")]
    """The prompt to guide the video generation."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=17, le=961)
    ] = 162
    """The number of frames to generate."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=2, le=16)
    ] = 12
    """The number of inference steps to use."""

    num_refine_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use for refinement.", ge=2, le=16)
    ] = 12
    """The number of inference steps to use for refinement."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video."),
    ] = "16:9"
    """The aspect ratio of the generated video."""

    fps: Annotated[
        int, Field(description="The frame rate of the generated video.", ge=1, le=60)
    ] = 30
    """The frame rate of the generated video."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable safety checker.")
    ] = True
    """Whether to enable safety checker."""

    video_output_type: Annotated[
        Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"],
        Field(description="The output type of the generated video."),
    ] = "X264 (.mp4)"
    """The output type of the generated video."""

    video_quality: Annotated[
        Literal["low", "medium", "high", "maximum"],
        Field(description="The quality of the generated video."),
    ] = "high"
    """The quality of the generated video."""

    video_write_mode: Annotated[
        Literal["fast", "balanced", "small"],
        Field(description="The write mode of the generated video."),
    ] = "balanced"
    """The write mode of the generated video."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class LongcatVideoDistilledTextToVideo720pOutput(OutputModel):
    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
