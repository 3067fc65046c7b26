# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

AudioGuidanceScale = TypeAliasType("AudioGuidanceScale", Annotated[float, Field(ge=0.0, le=5.0)])
"""Guidance scale to be used for audio adherence."""


class CreatifyAuroraInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image file to be used for video generation."""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio file to be used for video generation."""
    prompt: str | None | MISSING = MISSING
    """A text prompt to guide the video generation process."""
    guidance_scale: GuidanceScale | None = 1
    """Guidance scale to be used for text prompt adherence."""
    audio_guidance_scale: AudioGuidanceScale | None = 2
    """Guidance scale to be used for audio adherence."""
    resolution: Literal["480p", "720p"] = "720p"
    """The resolution of the generated video."""


class CreatifyAuroraOutput(OutputModel):
    video: VideoFile
    """The generated video file."""


GuidanceScale = TypeAliasType("GuidanceScale", Annotated[float, Field(ge=0.0, le=5.0)])
"""Guidance scale to be used for text prompt adherence."""


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
