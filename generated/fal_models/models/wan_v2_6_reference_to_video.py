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


class WanV2_6ReferenceToVideoInput(InputModel):
    """Input for Wan 2.6 reference-to-video generation (R2V)"""

    prompt: Annotated[str, Field(min_length=1)]
    """Use @Video1, @Video2, @Video3 to reference subjects from your videos. Works for people,
    animals, or objects. For multi-shot prompts: '[0-3s] Shot 1. [3-6s] Shot 2.' Max 800
    characters.
    """
    video_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """Reference videos for subject consistency (1-3 videos). Videos' FPS must be at least 16
    FPS.Reference in prompt as @Video1, @Video2, @Video3. Works for people, animals, or
    objects.
    """
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = "16:9"
    """The aspect ratio of the generated video."""
    resolution: Literal["720p", "1080p"] = "1080p"
    """Video resolution tier. R2V only supports 720p and 1080p (no 480p)."""
    duration: Literal["5", "10"] = "5"
    """Duration of the generated video in seconds. R2V supports only 5 or 10 seconds (no 15s)."""
    negative_prompt: str | None = ""
    """Negative prompt to describe content to avoid. Max 500 characters."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt rewriting using LLM."""
    multi_shots: bool = True
    """When true (default), enables intelligent multi-shot segmentation for coherent narrative
    videos with multiple shots. When false, generates single continuous shot. Only active when
    enable_prompt_expansion is True.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class WanV2_6ReferenceToVideoOutput(OutputModel):
    """Output for reference-to-video generation"""

    video: VideoFile
    """The generated video file"""
    seed: int
    """The seed used for generation"""
    actual_prompt: str | None | MISSING = MISSING
    """The actual prompt used if prompt rewriting was enabled"""
