# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class WanV2_7EditVideoInput(InputModel):
    """Input for Wan 2.7 video editing.

    Supports instruction-based editing, reference image-based editing,
    and video style transfer.
    """

    prompt: Annotated[
        str, Field(description="Editing instruction or style transfer description.", min_length=1)
    ]
    """Editing instruction or style transfer description."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max "
            "100 MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100 MB. Max file
    size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s
    """

    reference_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Reference image URL for reference-based editing.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Reference image URL for reference-based editing."""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="Output video resolution tier.")
    ] = "1080p"
    """Output video resolution tier."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | MISSING,
        Field(
            description="Aspect ratio of the generated video. If not provided, uses the aspect "
            "ratio of the input video."
        ),
    ] = MISSING
    """Aspect ratio of the generated video. If not provided, uses the aspect ratio of the input
    video.
    """

    duration: Annotated[
        Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        Field(
            description="Output video duration in seconds. Default 0 means match input video "
            "duration. When set (2-10), truncates from the start."
        ),
    ] = 0
    """Output video duration in seconds. Default 0 means match input video duration. When set
    (2-10), truncates from the start.
    """

    audio_setting: Annotated[
        Literal["auto", "origin"],
        Field(
            description="Audio handling. 'auto': model decides whether to regenerate audio. "
            "'origin': preserve original audio from input video."
        ),
    ] = "auto"
    """Audio handling. 'auto': model decides whether to regenerate audio. 'origin': preserve
    original audio from input video.
    """

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


class WanV2_7EditVideoOutput(OutputModel):
    """Output for Wan 2.7 video editing."""

    video: Annotated[VideoFile, Field(description="The edited video file.")]
    """The edited video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    actual_prompt: Annotated[
        str | None | MISSING,
        Field(description="The actual prompt used if prompt rewriting was enabled."),
    ] = MISSING
    """The actual prompt used if prompt rewriting was enabled."""
