# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class DubbingInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="Input video URL to be dubbed.", json_schema_extra={"x-fal-file": True}),
    ]
    """Input video URL to be dubbed."""

    target_language: Annotated[
        Literal["hindi", "turkish", "english"],
        Field(description="Target language to dub the video to"),
    ] = "hindi"
    """Target language to dub the video to"""

    do_lipsync: Annotated[bool, Field(description="Whether to lip sync the audio to the video")] = (
        True
    )
    """Whether to lip sync the audio to the video"""


class File(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[str | MISSING, Field(description="The mime type of the file.")] = (
        MISSING
    )
    """The mime type of the file."""

    file_name: Annotated[
        str | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[int | MISSING, Field(description="The size of the file in bytes.")] = (
        MISSING
    )
    """The size of the file in bytes."""

    file_data: Annotated[
        str | MISSING, Field(description="File data Not checked by the client: format binary.")
    ] = MISSING
    """File data Not checked by the client: format binary."""


class DubbingOutput(OutputModel):
    video: Annotated[File, Field(description="The generated video with the lip sync.")]
    """The generated video with the lip sync."""
