# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class VideoAsPromptInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """reference video to generate effect video from."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image to generate the effect video for."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation. If set none, a random seed will be used."""
    num_frames: Annotated[int, Field(ge=1, le=100)] = 49
    """The number of frames to generate."""
    fps: Annotated[int, Field(ge=1, le=60)] = 16
    """Frames per second for the output video. Only applicable if output_type is 'video'."""
    video_description: str
    """A brief description of the input video content."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    aspect_ratio: Literal["16:9", "9:16"] = "9:16"
    """Aspect ratio of the generated video."""
    resolution: Literal["480p", "580p", "720p"] = "480p"
    """Resolution of the generated video."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=20.0)] = 5
    """Guidance scale for generation."""


class VideoAsPromptOutput(OutputModel):
    video: shared.File
    """The URLs of the generated video."""
