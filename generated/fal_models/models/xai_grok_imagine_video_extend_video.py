# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

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


class XaiGrokImagineVideoExtendVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=4096)]
    """Text description of what should happen next in the video."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1 codec), 2-15
    seconds long.
    """
    duration: Annotated[int, Field(ge=2, le=10)] = 6
    """Length of the extension in seconds."""


class XaiGrokImagineVideoExtendVideoOutput(OutputModel):
    video: VideoFile
    """The extended video (original + extension stitched together)."""
