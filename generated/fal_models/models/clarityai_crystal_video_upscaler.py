# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ClarityaiCrystalVideoUpscalerInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to the input video."""
    scale_factor: Annotated[float, Field(ge=1.0, le=200.0)] = 2
    """Scale factor. The scale factor must be chosen such that the upscaled video does not exceed
    5K resolution.
    """


class ClarityaiCrystalVideoUpscalerOutput(OutputModel):
    video: VideoFile
    """URL to the upscaled video"""


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
