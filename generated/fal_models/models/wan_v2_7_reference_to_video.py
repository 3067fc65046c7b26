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


class WanV2_7ReferenceToVideoInput(InputModel):
    """Input for Wan 2.7 reference-to-video generation.

    Supports single or multi-character video generation from reference images
    and/or videos. Also supports multi-shot narration.
    """

    prompt: Annotated[str, Field(min_length=1)]
    """Text prompt describing the desired video. Max 5000 characters."""
    reference_image_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Reference image URLs for character/object appearance. Pass multiple images for
    multi-subject generation. Max 20 MB each.
    """
    reference_video_urls: Annotated[
        list[str] | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Reference video URLs for character/object appearance and motion. Pass multiple videos for
    multi-subject generation. Max 100 MB each.
    """
    negative_prompt: str | None | MISSING = MISSING
    """Content to avoid in the video. Max 500 characters."""
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = "16:9"
    """Aspect ratio of the generated video."""
    resolution: Literal["720p", "1080p"] = "1080p"
    """Output video resolution tier."""
    duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] = 5
    """Output video duration in seconds (2-10)."""
    multi_shots: bool = False
    """When true, enables intelligent multi-shot segmentation. When false (default), generates a
    single continuous shot.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility (0-2147483647)."""
    enable_safety_checker: bool = True
    """Enable content moderation for input and output."""


class WanV2_7ReferenceToVideoOutput(OutputModel):
    """Output for Wan 2.7 reference-to-video generation."""

    video: VideoFile
    """The generated video file."""
    seed: int
    """The seed used for generation."""
    actual_prompt: str | None | MISSING = MISSING
    """The actual prompt used if prompt rewriting was enabled."""
