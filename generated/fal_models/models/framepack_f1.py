# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FramepackF1Input(InputModel):
    prompt: str
    """Text prompt for video generation (max 500 characters)."""
    negative_prompt: str = ""
    """Negative prompt for video generation."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image input."""
    seed: int | None | MISSING = MISSING
    """The seed to use for generating the video."""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the video to generate."""
    resolution: Literal["720p", "480p"] = "480p"
    """The resolution of the video to generate. 720p generations cost 1.5x more than 480p
    generations.
    """
    cfg_scale: Annotated[float, Field(ge=0.0, le=7.0)] = 1
    """Classifier-Free Guidance scale for the generation."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=32.0)] = 10
    """Guidance scale for the generation."""
    num_frames: Annotated[int, Field(ge=30, le=900)] = 180
    """The number of frames to generate."""
    enable_safety_checker: bool = False
    """If set to true, the safety checker will be enabled."""


class FramepackF1Output(OutputModel):
    video: shared.File
    seed: int
    """The seed used for generating the video."""
