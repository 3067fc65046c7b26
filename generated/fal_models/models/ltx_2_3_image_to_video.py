# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Ltx2_3ImageToVideoInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the start image to use for the generated video.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the start image to use for the generated video."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the end image to use for the generated video. When provided, "
            "generates a transition video between start and end frames.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the end image to use for the generated video. When provided, generates a
    transition video between start and end frames.
    """

    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for the generated video", max_length=5000, min_length=1
        ),
    ]
    """The prompt to use for the generated video"""

    duration: Annotated[
        Literal[6, 8, 10], Field(description="The duration of the generated video in seconds")
    ] = 6
    """The duration of the generated video in seconds"""

    resolution: Annotated[
        Literal["1080p", "1440p", "2160p"],
        Field(description="The resolution of the generated video"),
    ] = "1080p"
    """The resolution of the generated video"""

    aspect_ratio: Annotated[
        Literal["auto", "16:9", "9:16"],
        Field(
            description="The aspect ratio of the generated video. If 'auto', the aspect ratio "
            "will be determined automatically based on the input image."
        ),
    ] = "auto"
    """The aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """

    fps: Annotated[
        Literal[24, 25, 48, 50], Field(description="The frames per second of the generated video")
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


class Ltx2_3ImageToVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""
