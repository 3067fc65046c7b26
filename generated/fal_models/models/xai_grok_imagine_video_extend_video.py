# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class XaiGrokImagineVideoExtendVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text description of what should happen next in the video.", max_length=4096
        ),
    ]
    """Text description of what should happen next in the video."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the source video to extend. Must be MP4 format (H.264, H.265, or "
            "AV1 codec), 2-15 seconds long.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1 codec), 2-15
    seconds long.
    """

    duration: Annotated[
        int, Field(description="Length of the extension in seconds.", ge=2, le=10)
    ] = 6
    """Length of the extension in seconds."""


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


class XaiGrokImagineVideoExtendVideoOutput(OutputModel):
    video: Annotated[
        VideoFile, Field(description="The extended video (original + extension stitched together).")
    ]
    """The extended video (original + extension stitched together)."""
