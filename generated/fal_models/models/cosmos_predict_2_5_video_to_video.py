# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class CosmosPredict2_5VideoToVideoInput(InputModel):
    prompt: str
    """The text prompt describing the video to generate."""
    negative_prompt: str = (
        "The video captures a series of frames showing ugly scenes, static with no motion, motion "
        "blur, over-saturation, shaky footage, low resolution, grainy texture, pixelated images, "
        "poorly lit areas, underexposed and overexposed scenes, poor color balance, washed out "
        "colors, choppy sequences, jerky movements, low frame rate, artifacting, color banding, "
        "unnatural transitions, outdated special effects, fake elements, unconvincing visuals, "
        "poorly edited content, jump cuts, visual noise, and flickering. Overall, the video is of "
        "poor quality."
    )
    """A negative prompt to guide generation away from undesired content."""
    num_frames: Annotated[int, Field(ge=9, le=93)] = 93
    """Number of frames to generate. Must be between 9 and 93."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 35
    """Number of denoising steps. More steps yield higher quality but take longer."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 7
    """Classifier-free guidance scale. Higher values increase prompt adherence."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"] = (
        "X264 (.mp4)"
    )
    """The format of the output video."""
    video_quality: Literal["low", "medium", "high", "maximum"] = "high"
    """The quality of the output video."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to use as conditioning."""


class CosmosPredict2_5VideoToVideoOutput(OutputModel):
    video: VideoFile
    """The generated video file."""
    seed: int
    """The random seed used for generation."""


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
