# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoundingBox(InputModel):
    x: float
    """X-coordinate of the top-left corner"""
    y: float
    """Y-coordinate of the top-left corner"""
    w: float
    """Width of the bounding box"""
    h: float
    """Height of the bounding box"""
    label: str
    """Label of the bounding box"""


class LongcatMultiAvatarImageAudioToVideoInput(InputModel):
    """Request model for multi-speaker image+audio to video generation."""

    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image containing two speakers."""
    audio_url_person1: str | None = (
        "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_man.WAV"
    )
    """The URL of the audio file for person 1 (left side)."""
    audio_url_person2: str | None = (
        "https://raw.githubusercontent.com/meituan-longcat/LongCat-Video/refs/heads/main/assets/avatar/multi/sing_woman.WAV"
    )
    """The URL of the audio file for person 2 (right side)."""
    prompt: str = "Two people are having a conversation with natural expressions and movements."
    """The prompt to guide the video generation."""
    negative_prompt: str = (
        "Close-up, Bright tones, overexposed, static, blurred details, subtitles, style, works, "
        "paintings, images, static, overall gray, worst quality, low quality, JPEG compression "
        "residue, ugly, incomplete, extra fingers, poorly drawn hands, poorly drawn faces, "
        "deformed, disfigured, misshapen limbs, fused fingers, still picture, messy background, "
        "three legs, many people in the background, walking backwards"
    )
    """The negative prompt to avoid in the video generation."""
    bbox_person1: BoundingBox | None | MISSING = MISSING
    """Bounding box for person 1. If not provided, defaults to left half of image."""
    bbox_person2: BoundingBox | None | MISSING = MISSING
    """Bounding box for person 2. If not provided, defaults to right half of image."""
    audio_type: Literal["para", "add"] = "para"
    """How to combine the two audio tracks. 'para' (parallel) plays both simultaneously, 'add'
    (sequential) plays person 1 first then person 2.
    """
    num_inference_steps: Annotated[int, Field(ge=10, le=100)] = 30
    """The number of inference steps to use."""
    text_guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 4
    """The text guidance scale for classifier-free guidance."""
    audio_guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 4
    """The audio guidance scale. Higher values may lead to exaggerated mouth movements."""
    resolution: Literal["480p", "720p"] = "480p"
    """Resolution of the generated video (480p or 720p). Billing is per video-second (16 frames):
    480p is 1 unit per second and 720p is 4 units per second.
    """
    num_segments: Annotated[int, Field(ge=1, le=10)] = 1
    """Number of video segments to generate. Each segment adds ~5 seconds of video. First segment
    is ~5.8s, additional segments are 5s each.
    """
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    enable_safety_checker: bool = True
    """Whether to enable safety checker."""


class LongcatMultiAvatarImageAudioToVideoOutput(OutputModel):
    """Response model for multi-speaker image+audio to video generation."""

    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""
