# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AlibabaHappyHorseTextToVideoInput(InputModel):
    """Input for Happy Horse text-to-video generation."""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired video. Max 2500 characters.",
            min_length=1,
        ),
    ]
    """Text prompt describing the desired video. Max 2500 characters."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4"],
        Field(description="Aspect ratio of the generated video."),
    ] = "16:9"
    """Aspect ratio of the generated video."""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="Output video resolution tier.")
    ] = "1080p"
    """Output video resolution tier."""

    duration: Annotated[
        Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        Field(description="Output video duration in seconds (3-15)."),
    ] = 5
    """Output video duration in seconds (3-15)."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducibility (0-2147483647).")
    ] = MISSING
    """Random seed for reproducibility (0-2147483647)."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content moderation for input and output.")
    ] = True
    """Enable content moderation for input and output."""


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


class AlibabaHappyHorseTextToVideoOutput(OutputModel):
    """Output for Happy Horse video generation."""

    video: Annotated[VideoFile, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
