# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class XaiGrokImagineVideoEditVideoInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text description of the desired edit.", max_length=4096)
    ]
    """Text description of the desired edit."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to edit. The video will be resized to a maximum "
            "area of 854x480 pixels and truncated to 8 seconds.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video to edit. The video will be resized to a maximum area of 854x480
    pixels and truncated to 8 seconds.
    """

    resolution: Annotated[
        Literal["auto", "480p", "720p"], Field(description="Resolution of the output video.")
    ] = "auto"
    """Resolution of the output video."""


class VideoFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the video")] = MISSING
    """The width of the video"""

    height: Annotated[int | None | MISSING, Field(description="The height of the video")] = MISSING
    """The height of the video"""

    fps: Annotated[float | None | MISSING, Field(description="The FPS of the video")] = MISSING
    """The FPS of the video"""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the video")] = (
        MISSING
    )
    """The duration of the video"""

    num_frames: Annotated[
        int | None | MISSING, Field(description="The number of frames in the video")
    ] = MISSING
    """The number of frames in the video"""


class XaiGrokImagineVideoEditVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video.")]
    """The generated video."""
