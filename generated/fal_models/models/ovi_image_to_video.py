# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OviImageToVideoInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    negative_prompt: str = "jitter, bad hands, blur, distortion"
    """Negative prompt for video generation."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 30
    """The number of inference steps."""
    audio_negative_prompt: str = "robotic, muffled, echo, distorted"
    """Negative prompt for audio generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image URL to guide video generation."""


class OviImageToVideoOutput(OutputModel):
    video: shared.File | None | MISSING = MISSING
    """The generated video file."""
    seed: int
    """The seed used for generation."""
