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


class WanV2_7EditVideoInput(InputModel):
    """Input for Wan 2.7 video editing.

    Supports instruction-based editing, reference image-based editing,
    and video style transfer.
    """

    prompt: Annotated[str, Field(min_length=1)]
    """Editing instruction or style transfer description."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100 MB. Max file
    size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s
    """
    reference_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Reference image URL for reference-based editing."""
    resolution: Literal["720p", "1080p"] = "1080p"
    """Output video resolution tier."""
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | MISSING = MISSING
    """Aspect ratio of the generated video. If not provided, uses the aspect ratio of the input
    video.
    """
    duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] = 0
    """Output video duration in seconds. Default 0 means match input video duration. When set
    (2-10), truncates from the start.
    """
    audio_setting: Literal["auto", "origin"] = "auto"
    """Audio handling. 'auto': model decides whether to regenerate audio. 'origin': preserve
    original audio from input video.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility (0-2147483647)."""
    enable_safety_checker: bool = True
    """Enable content moderation for input and output."""


class WanV2_7EditVideoOutput(OutputModel):
    """Output for Wan 2.7 video editing."""

    video: VideoFile
    """The edited video file."""
    seed: int
    """The seed used for generation."""
    actual_prompt: str | None | MISSING = MISSING
    """The actual prompt used if prompt rewriting was enabled."""
