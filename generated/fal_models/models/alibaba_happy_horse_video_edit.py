# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AlibabaHappyHorseVideoEditInput(InputModel):
    """Input for Happy Horse video-editing (source video + edit prompt)."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the source video to edit. Formats: MP4, MOV (H.264 recommended). "
            "Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between "
            "1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the "
            "source aspect ratio. Output duration matches the input video, capped at 15 s (longer "
            "inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s, "
            "Max duration: 60s, Timeout: 30.0s",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the source video to edit. Formats: MP4, MOV (H.264 recommended). Duration: 3-60 s.
    Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between 1:2.5 and 2.5:1. Frame
    rate > 8 fps. Max 100 MB. The output video preserves the source aspect ratio. Output
    duration matches the input video, capped at 15 s (longer inputs are truncated to the first
    15 s). Max file size: 100.0MB, Min duration: 3s, Max duration: 60s, Timeout: 30.0s
    """

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired edit. Reference any supplied "
            "reference images using @Image1, @Image2, ... up to @Image5. Max 2500 characters.",
            min_length=1,
        ),
    ]
    """Text prompt describing the desired edit. Reference any supplied reference images using
    @Image1, @Image2, ... up to @Image5. Max 2500 characters.
    """

    reference_image_urls: Annotated[
        list[str] | None | MISSING,
        Field(
            description="Optional reference images used to guide the edit (up to 5). Formats: "
            "JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio between 1:2.5 "
            "and 2.5:1. Max 10 MB each.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional reference images used to guide the edit (up to 5). Formats: JPEG, JPG, PNG, WEBP.
    Dimensions must be at least 300px. Aspect ratio between 1:2.5 and 2.5:1. Max 10 MB each.
    """

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="Output video resolution tier.")
    ] = "1080p"
    """Output video resolution tier."""

    audio_setting: Annotated[
        Literal["auto", "origin"],
        Field(
            description="Audio handling. 'auto': model decides whether to regenerate audio. "
            "'origin': preserve the original audio from the input video."
        ),
    ] = "auto"
    """Audio handling. 'auto': model decides whether to regenerate audio. 'origin': preserve the
    original audio from the input video.
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


class AlibabaHappyHorseVideoEditOutput(OutputModel):
    """Output for Happy Horse video generation."""

    video: Annotated[VideoFile, Field(description="The generated video file.")]
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
