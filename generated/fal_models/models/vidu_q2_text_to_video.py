# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ2TextToVideoInput(InputModel):
    prompt: Annotated[str, Field(max_length=3000)]
    """Text prompt for video generation, max 3000 characters"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    duration: Literal[2, 3, 4, 5, 6, 7, 8] = 4
    """Duration of the video in seconds"""
    resolution: Literal["360p", "520p", "720p", "1080p"] = "720p"
    """Output video resolution"""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """The aspect ratio of the output video"""
    movement_amplitude: Literal["auto", "small", "medium", "large"] = "auto"
    """The movement amplitude of objects in the frame"""
    bgm: bool = False
    """Whether to add background music to the video (only for 4-second videos)"""


class ViduQ2TextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video from text using the Q2 model"""
