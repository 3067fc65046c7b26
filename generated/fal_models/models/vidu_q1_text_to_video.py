# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ1TextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=1500)]
    """Text prompt for video generation, max 1500 characters"""
    style: Literal["general", "anime"] = "general"
    """The style of output video"""
    seed: int | None | MISSING = MISSING
    """Seed for the random number generator"""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """The aspect ratio of the output video"""
    movement_amplitude: Literal["auto", "small", "medium", "large"] = "auto"
    """The movement amplitude of objects in the frame"""


class ViduQ1TextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video using the Q1 model"""
