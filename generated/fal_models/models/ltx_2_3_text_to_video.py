# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Ltx2_3TextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=1)]
    """The prompt to use for the generated video"""
    duration: Literal[6, 8, 10] = 6
    """The duration of the generated video in seconds"""
    resolution: Literal["1080p", "1440p", "2160p"] = "1080p"
    """The resolution of the generated video"""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the generated video"""
    fps: Literal[24, 25, 48, 50] = 25
    """The frames per second of the generated video"""
    generate_audio: bool = True
    """Whether to generate audio for the generated video"""


class Ltx2_3TextToVideoOutput(OutputModel):
    video: VideoFile
    """The generated video file"""


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
