# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Kandinsky5ProTextToVideoInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    resolution: Literal["512P", "1024P"] = "512P"
    """Video resolution: 512p or 1024p."""
    aspect_ratio: Literal["3:2", "1:1", "2:3"] = "3:2"
    """Aspect ratio of the generated video. One of (3:2, 1:1, 2:3)."""
    duration: Literal["5s"] = "5s"
    """The length of the video to generate."""
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """The number of inference steps."""
    acceleration: Literal["none", "regular"] | None = "regular"
    """Acceleration level for faster generation."""


class Kandinsky5ProTextToVideoOutput(OutputModel):
    video: shared.File | None | MISSING = MISSING
    """The generated video file."""
