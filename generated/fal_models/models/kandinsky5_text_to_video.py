# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5TextToVideoInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    resolution: Literal["768x512"] = "768x512"
    """Resolution of the generated video in W:H format. Will be calculated based on the aspect
    ratio(768x512, 512x512, 512x768).
    """
    aspect_ratio: Literal["3:2", "1:1", "2:3"] = "3:2"
    """Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."""
    duration: Literal["5s", "10s"] = "5s"
    """The length of the video to generate (5s or 10s)"""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 30
    """The number of inference steps."""


class Kandinsky5TextToVideoOutput(OutputModel):
    video: shared.File | None | MISSING = MISSING
    """The generated video file."""
