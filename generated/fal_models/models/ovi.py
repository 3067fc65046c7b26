# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OviInput(InputModel):
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
    resolution: Literal[
        "512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"
    ] = "992x512"
    """Resolution of the generated video in W:H format. One of (512x992, 992x512, 960x512,
    512x960, 720x720, or 448x1120).
    """


class OviOutput(OutputModel):
    video: shared.File | None | MISSING = MISSING
    """The generated video file."""
    seed: int
    """The seed used for generation."""
