# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LongcatVideoDistilledImageToVideo720pInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to generate a video from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to generate a video from."""

    prompt: Annotated[str, Field(description="The prompt to guide the video generation.")] = (
        "First-person view from the cockpit of a Formula 1 car. The driver's gloved hands firmly "
        "grip the intricate, carbon-fiber steering wheel adorned with numerous colorful buttons "
        "and a vibrant digital display showing race data. Beyond the windshield, a sun-drenched "
        "racetrack stretches ahead, lined with cheering spectators in the grandstands. Several "
        "rival cars are visible in the distance, creating a dynamic sense of competition. The sky "
        "above is a clear, brilliant blue, reflecting the exhilarating atmosphere of a high-speed "
        "race. high resolution 4k"
    )
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


class LongcatVideoDistilledImageToVideo720pOutput(OutputModel):
    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
