# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Ltx2ImageToVideoFastInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to generate the video from. Must be publicly accessible "
            "or base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to generate the video from. Must be publicly accessible or base64 data
    URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats.
    """

    prompt: Annotated[
        str,
        Field(description="The prompt to generate the video from", max_length=5000, min_length=1),
    ]
    """The prompt to generate the video from"""

    duration: Annotated[
        Literal[6, 8, 10, 12, 14, 16, 18, 20],
        Field(
            description="The duration of the generated video in seconds. The fast model supports "
            "6-20 seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only "
            "supported with 25 FPS and 1080p resolution."
        ),
    ] = 6
    """The duration of the generated video in seconds. The fast model supports 6-20 seconds.
    Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only supported with 25 FPS
    and 1080p resolution.
    """

    resolution: Annotated[
        Literal["1080p", "1440p", "2160p"],
        Field(description="The resolution of the generated video"),
    ] = "1080p"
    """The resolution of the generated video"""

    fps: Annotated[
        Literal[25, 50], Field(description="The frames per second of the generated video")
    ] = 25
    """The frames per second of the generated video"""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate audio for the generated video")
    ] = True
    """Whether to generate audio for the generated video"""


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


class Ltx2ImageToVideoFastOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""
