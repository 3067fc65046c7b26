# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Wan25PreviewImageToVideoInput(InputModel):
    """Input for image-to-video generation"""

    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the desired video motion. Max 800 characters.",
            min_length=1,
        ),
    ]
    """The text prompt describing the desired video motion. Max 800 characters."""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame. Must be publicly accessible "
            "or base64 data URI.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the first frame. Must be publicly accessible or base64 data
    URI.
    """

    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the audio to use as the background music. Must be publicly "
            "accessible. Limit handling: If the audio duration exceeds the duration value (5 or "
            "10 seconds), the audio is truncated to the first 5 or 10 seconds, and the rest is "
            "discarded. If the audio is shorter than the video, the remaining part of the video "
            "will be silent. For example, if the audio is 3 seconds long and the video duration "
            "is 5 seconds, the first 3 seconds of the output video will have sound, and the last "
            "2 seconds will be silent. - Format: WAV, MP3. - Duration: 3 to 30 s. - File size: Up "
            "to 15 MB.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the audio to use as the background music. Must be publicly accessible. Limit
    handling: If the audio duration exceeds the duration value (5 or 10 seconds), the audio is
    truncated to the first 5 or 10 seconds, and the rest is discarded. If the audio is shorter
    than the video, the remaining part of the video will be silent. For example, if the audio
    is 3 seconds long and the video duration is 5 seconds, the first 3 seconds of the output
    video will have sound, and the last 2 seconds will be silent. - Format: WAV, MP3. -
    Duration: 3 to 30 s. - File size: Up to 15 MB.
    """

    resolution: Annotated[
        Literal["480p", "720p", "1080p"],
        Field(description="Video resolution. Valid values: 480p, 720p, 1080p"),
    ] = "1080p"
    """Video resolution. Valid values: 480p, 720p, 1080p"""

    duration: Annotated[
        Literal["5", "10"],
        Field(
            description="Duration of the generated video in seconds. Choose between 5 or 10 "
            "seconds."
        ),
    ] = "5"
    """Duration of the generated video in seconds. Choose between 5 or 10 seconds."""

    negative_prompt: Annotated[
        str | None | MISSING,
        Field(description="Negative prompt to describe content to avoid. Max 500 characters."),
    ] = MISSING
    """Negative prompt to describe content to avoid. Max 500 characters."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="Whether to enable prompt rewriting using LLM.")
    ] = True
    """Whether to enable prompt rewriting using LLM."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


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


class Wan25PreviewImageToVideoOutput(OutputModel):
    """Base output for video generation"""

    video: Annotated[VideoFile, Field(description="The generated video file")]
    """The generated video file"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""

    actual_prompt: Annotated[
        str | None | MISSING,
        Field(description="The actual prompt used if prompt rewriting was enabled"),
    ] = MISSING
    """The actual prompt used if prompt rewriting was enabled"""
