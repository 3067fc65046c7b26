# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class DubbingInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input video URL to be dubbed."""
    target_language: Literal["hindi", "turkish", "english"] = "hindi"
    """Target language to dub the video to"""
    do_lipsync: bool = True
    """Whether to lip sync the audio to the video"""


class DubbingOutput(OutputModel):
    video: File
    """The generated video with the lip sync."""


class File(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | MISSING = MISSING
    """The size of the file in bytes."""
    file_data: str | MISSING = MISSING
    """File data Not checked by the client: format binary."""
