# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Ltx2_3RetakeVideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to retake"""
    prompt: Annotated[str, Field(max_length=5000, min_length=1)]
    """The prompt to retake the video with"""
    start_time: Annotated[float, Field(ge=0.0, le=20.0)] = 0
    """The start time of the video to retake in seconds"""
    duration: Annotated[float, Field(ge=2.0, le=20.0)] = 5
    """The duration of the video to retake in seconds"""
    retake_mode: Literal["replace_audio", "replace_video", "replace_audio_and_video"] = (
        "replace_audio_and_video"
    )
    """The retake mode to use for the retake"""


class Ltx2_3RetakeVideoOutput(OutputModel):
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
