# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class WanAlphaInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to guide the video generation.")]
    """The prompt to guide the video generation."""

    num_frames: Annotated[
        int, Field(description="The number of frames to generate.", ge=17, le=121)
    ] = 81
    """The number of frames to generate."""

    fps: Annotated[
        int, Field(description="The frame rate of the generated video.", ge=1, le=60)
    ] = 16
    """The frame rate of the generated video."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to use.", ge=2, le=16)
    ] = 8
    """The number of inference steps to use."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    sampler: Annotated[
        Literal["unipc", "dpm++", "euler"], Field(description="The sampler to use.")
    ] = "euler"
    """The sampler to use."""

    shift: Annotated[
        float, Field(description="The shift of the generated video.", ge=1.0, le=15.0)
    ] = 10.5
    """The shift of the generated video."""

    resolution: Annotated[
        Literal["240p", "360p", "480p", "580p", "720p"],
        Field(description="The resolution of the generated video."),
    ] = "480p"
    """The resolution of the generated video."""

    aspect_ratio: Annotated[
        Literal["16:9", "1:1", "9:16"],
        Field(description="The aspect ratio of the generated video."),
    ] = "16:9"
    """The aspect ratio of the generated video."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt expansion.")
    ] = False
    """Whether to enable prompt expansion."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable safety checker.")
    ] = True
    """Whether to enable safety checker."""

    mask_clamp_lower: Annotated[
        float, Field(description="The lower bound of the mask clamping.", ge=0.0, le=1.0)
    ] = 0.1
    """The lower bound of the mask clamping."""

    mask_clamp_upper: Annotated[
        float, Field(description="The upper bound of the mask clamping.", ge=0.0, le=1.0)
    ] = 0.75
    """The upper bound of the mask clamping."""

    binarize_mask: Annotated[bool, Field(description="Whether to binarize the mask.")] = False
    """Whether to binarize the mask."""

    mask_binarization_threshold: Annotated[
        float,
        Field(
            description="The threshold for mask binarization. When binarize_mask is True, this "
            "threshold will be used to binarize the mask. This will also be used for transparency "
            "when the output type is `.webm`.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.8
    """The threshold for mask binarization. When binarize_mask is True, this threshold will be
    used to binarize the mask. This will also be used for transparency when the output type is
    `.webm`.
    """

    video_output_type: Annotated[
        Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"],
        Field(description="The output type of the generated video."),
    ] = "VP9 (.webm)"
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


class VideoFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class WanAlphaOutput(OutputModel):
    prompt: Annotated[str, Field(description="The prompt used for generation.")]
    """The prompt used for generation."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    video: Annotated[VideoFile | None | MISSING, Field(description="The generated video file.")] = (
        MISSING
    )
    """The generated video file."""

    image: Annotated[VideoFile | None | MISSING, Field(description="The generated image file.")] = (
        MISSING
    )
    """The generated image file."""

    mask: Annotated[VideoFile | None | MISSING, Field(description="The generated mask file.")] = (
        MISSING
    )
    """The generated mask file."""
