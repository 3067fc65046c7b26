# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class DecartLucyEditProInput(InputModel):
    prompt: Annotated[str, Field(max_length=1500)]
    """Text description of the desired video content"""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to edit"""
    resolution: Literal["720p"] = "720p"
    """Resolution of the generated video"""
    sync_mode: bool = True
    """If set to true, the function will wait for the video to be generated and uploaded before
    returning the response. This will increase the latency of the function but it allows you
    to get the video directly in the response without going through the CDN.
    """
    enhance_prompt: bool = True
    """Whether to enhance the prompt for better results."""


class DecartLucyEditProOutput(OutputModel):
    video: File
    """The generated video"""


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
