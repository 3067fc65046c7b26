# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class VideoFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the video"""
    height: int | None | MISSING = MISSING
    """The height of the video"""
    fps: float | None | MISSING = MISSING
    """The FPS of the video"""
    duration: float | None | MISSING = MISSING
    """The duration of the video"""
    num_frames: int | None | MISSING = MISSING
    """The number of frames in the video"""


class Wan25PreviewImageToVideoInput(InputModel):
    """Input for image-to-video generation"""

    prompt: Annotated[str, Field(min_length=1)]
    """The text prompt describing the desired video motion. Max 800 characters."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to use as the first frame. Must be publicly accessible or base64 data
    URI.
    """
    audio_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of the audio to use as the background music. Must be publicly accessible. Limit
    handling: If the audio duration exceeds the duration value (5 or 10 seconds), the audio is
    truncated to the first 5 or 10 seconds, and the rest is discarded. If the audio is shorter
    than the video, the remaining part of the video will be silent. For example, if the audio
    is 3 seconds long and the video duration is 5 seconds, the first 3 seconds of the output
    video will have sound, and the last 2 seconds will be silent. - Format: WAV, MP3. -
    Duration: 3 to 30 s. - File size: Up to 15 MB.
    """
    resolution: Literal["480p", "720p", "1080p"] = "1080p"
    """Video resolution. Valid values: 480p, 720p, 1080p"""
    duration: Literal["5", "10"] = "5"
    """Duration of the generated video in seconds. Choose between 5 or 10 seconds."""
    negative_prompt: str | None | MISSING = MISSING
    """Negative prompt to describe content to avoid. Max 500 characters."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt rewriting using LLM."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class Wan25PreviewImageToVideoOutput(OutputModel):
    """Base output for video generation"""

    video: VideoFile
    """The generated video file"""
    seed: int
    """The seed used for generation"""
    actual_prompt: str | None | MISSING = MISSING
    """The actual prompt used if prompt rewriting was enabled"""
