# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ClarityaiCrystalVideoUpscalerInput(InputModel):
    video_url: Annotated[
        str, Field(description="URL to the input video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL to the input video."""

    scale_factor: Annotated[
        float,
        Field(
            description="Scale factor. The scale factor must be chosen such that the upscaled "
            "video does not exceed 5K resolution.",
            ge=1.0,
            le=200.0,
        ),
    ] = 2
    """Scale factor. The scale factor must be chosen such that the upscaled video does not exceed
    5K resolution.
    """


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


class ClarityaiCrystalVideoUpscalerOutput(OutputModel):
    video: Annotated[VideoFile, Field(description="URL to the upscaled video")]
    """URL to the upscaled video"""
