# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class DecartLucyRestyleInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text description of the desired video content", max_length=1500)
    ]
    """Text description of the desired video content"""

    video_url: Annotated[
        str, Field(description="URL of the video to edit", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the video to edit"""

    seed: Annotated[int | MISSING, Field(description="Seed for video generation")] = MISSING
    """Seed for video generation"""

    resolution: Annotated[
        Literal["720p"], Field(description="Resolution of the generated video")
    ] = "720p"
    """Resolution of the generated video"""

    enhance_prompt: Annotated[
        bool, Field(description="Whether to enhance the prompt for better results.")
    ] = True
    """Whether to enhance the prompt for better results."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If set to true, the function will wait for the video to be generated and "
            "uploaded before returning the response. This will increase the latency of the "
            "function but it allows you to get the video directly in the response without going "
            "through the CDN."
        ),
    ] = False
    """If set to true, the function will wait for the video to be generated and uploaded before
    returning the response. This will increase the latency of the function but it allows you
    to get the video directly in the response without going through the CDN.
    """


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


class DecartLucyRestyleOutput(OutputModel):
    video: Annotated[File, Field(description="The generated video")]
    """The generated video"""
