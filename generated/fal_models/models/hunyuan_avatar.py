# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanAvatarInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio file."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the reference image."""
    text: str = "A cat is singing."
    """Text prompt describing the scene."""
    num_frames: Annotated[int, Field(ge=129, le=401)] = 129
    """Number of video frames to generate at 25 FPS. If greater than the input audio length, it
    will capped to the length of the input audio.
    """
    num_inference_steps: Annotated[int, Field(ge=30, le=50)] = 30
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    turbo_mode: bool = True
    """If true, the video will be generated faster with no noticeable degradation in the visual
    quality.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for generation."""


class HunyuanAvatarOutput(OutputModel):
    video: shared.File
    """The generated video with the avatar animation."""
