# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""


class WanAlphaInput(InputModel):
    prompt: str
    """The prompt to guide the video generation."""
    num_frames: Annotated[int, Field(ge=17, le=121)] = 81
    """The number of frames to generate."""
    fps: Annotated[int, Field(ge=1, le=60)] = 16
    """The frame rate of the generated video."""
    num_inference_steps: Annotated[int, Field(ge=2, le=16)] = 8
    """The number of inference steps to use."""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    sampler: Literal["unipc", "dpm++", "euler"] = "euler"
    """The sampler to use."""
    shift: Annotated[float, Field(ge=1.0, le=15.0)] = 10.5
    """The shift of the generated video."""
    resolution: Literal["240p", "360p", "480p", "580p", "720p"] = "480p"
    """The resolution of the generated video."""
    aspect_ratio: Literal["16:9", "1:1", "9:16"] = "16:9"
    """The aspect ratio of the generated video."""
    enable_prompt_expansion: bool = False
    """Whether to enable prompt expansion."""
    enable_safety_checker: bool = True
    """Whether to enable safety checker."""
    mask_clamp_lower: Annotated[float, Field(ge=0.0, le=1.0)] = 0.1
    """The lower bound of the mask clamping."""
    mask_clamp_upper: Annotated[float, Field(ge=0.0, le=1.0)] = 0.75
    """The upper bound of the mask clamping."""
    binarize_mask: bool = False
    """Whether to binarize the mask."""
    mask_binarization_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.8
    """The threshold for mask binarization. When binarize_mask is True, this threshold will be
    used to binarize the mask. This will also be used for transparency when the output type is
    `.webm`.
    """
    video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"] = (
        "VP9 (.webm)"
    )
    """The output type of the generated video."""
    video_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the generated video."""
    video_write_mode: Literal["fast", "balanced", "small"] = "balanced"
    """The write mode of the generated video."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class WanAlphaOutput(OutputModel):
    prompt: str
    """The prompt used for generation."""
    seed: int
    """The seed used for generation."""
    video: VideoFile | None | MISSING = MISSING
    """The generated video file."""
    image: VideoFile | None | MISSING = MISSING
    """The generated image file."""
    mask: VideoFile | None | MISSING = MISSING
    """The generated mask file."""
