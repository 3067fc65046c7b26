# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Ltx2RetakeVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="The URL of the video to retake", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the video to retake"""

    prompt: Annotated[
        str, Field(description="The prompt to retake the video with", max_length=5000, min_length=1)
    ]
    """The prompt to retake the video with"""

    start_time: Annotated[
        float,
        Field(description="The start time of the video to retake in seconds", ge=0.0, le=20.0),
    ] = 0
    """The start time of the video to retake in seconds"""

    duration: Annotated[
        float, Field(description="The duration of the video to retake in seconds", ge=2.0, le=20.0)
    ] = 5
    """The duration of the video to retake in seconds"""

    retake_mode: Annotated[
        Literal["replace_audio", "replace_video", "replace_audio_and_video"],
        Field(description="The retake mode to use for the retake"),
    ] = "replace_audio_and_video"
    """The retake mode to use for the retake"""


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


class Ltx2RetakeVideoOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""
