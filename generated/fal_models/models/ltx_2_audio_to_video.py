# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

GuidanceScale = TypeAliasType("GuidanceScale", Annotated[float, Field(ge=1.0, le=50.0)])
"""Guidance scale for video generation. Higher values make the output more closely follow the
prompt. Defaults to 5 for text-to-video, or 9 when providing an image.
"""


class Ltx2AudioToVideoInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the audio file to generate a video from. Duration must be between 2 and 20 seconds.
    Must be publicly accessible or base64 data URI.
    """
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of an image to use as the first frame of the video. If not provided, prompt is
    required.
    """
    prompt: Prompt | None | MISSING = MISSING
    """Text description of how the video should be generated. Required if image_url is not
    provided. When image_url is provided, this describes how the image should be animated.
    """
    guidance_scale: GuidanceScale | None | MISSING = MISSING
    """Guidance scale for video generation. Higher values make the output more closely follow the
    prompt. Defaults to 5 for text-to-video, or 9 when providing an image.
    """


class Ltx2AudioToVideoOutput(OutputModel):
    video: VideoFile
    """The generated video file"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=5000, min_length=1)])
"""Text description of how the video should be generated. Required if image_url is not provided.
When image_url is provided, this describes how the image should be animated.
"""


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
