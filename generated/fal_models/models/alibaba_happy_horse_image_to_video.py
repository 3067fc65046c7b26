# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AlibabaHappyHorseImageToVideoInput(InputModel):
    """Input for Happy Horse image-to-video generation (first frame only)."""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the first frame image. Formats: JPEG, JPG, PNG, BMP, WEBP. Dimensions must be at
    least 300px. Aspect ratio must be between 1:2.5 and 2.5:1. Max 10 MB.
    """
    prompt: str | None | MISSING = MISSING
    """Optional text prompt guiding the animation. Max 2500 characters."""
    resolution: Literal["720p", "1080p"] = "1080p"
    """Output video resolution tier."""
    duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] = 5
    """Output video duration in seconds (3-15)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility (0-2147483647)."""
    enable_safety_checker: bool = True
    """Enable content moderation for input and output."""


class AlibabaHappyHorseImageToVideoOutput(OutputModel):
    """Output for Happy Horse video generation."""

    video: VideoFile
    """The generated video file."""
    seed: int
    """The seed used for generation."""


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
