# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

Context = TypeAliasType("Context", Annotated[float, Field(ge=1.0, le=20.0)])
"""Number of seconds from the input video to use as context for the extension (minimum 1 second,
maximum 20 seconds). If not provided, defaults to maximize available context within the 505
frame limit.
"""


class Ltx2ExtendVideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to extend"""
    prompt: Prompt | None | MISSING = MISSING
    """Description of what should happen in the extended portion of the video."""
    duration: Annotated[float, Field(ge=1.0, le=20.0)] = 5
    """Duration in seconds to extend the video. Maximum 20 seconds."""
    mode: Literal["start", "end"] = "end"
    """Where to extend the video: 'end' extends at the end, 'start' extends at the beginning."""
    context: Context | None | MISSING = MISSING
    """Number of seconds from the input video to use as context for the extension (minimum 1
    second, maximum 20 seconds). If not provided, defaults to maximize available context
    within the 505 frame limit.
    """


class Ltx2ExtendVideoOutput(OutputModel):
    video: VideoFile
    """The extended video file"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=5000)])
"""Description of what should happen in the extended portion of the video."""


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
