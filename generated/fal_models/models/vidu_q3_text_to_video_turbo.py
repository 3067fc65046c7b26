# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ3TextToVideoTurboInput(InputModel):
    prompt: Annotated[str, Field(max_length=2000)]
    """Text prompt for video generation, max 2000 characters"""
    duration: Annotated[int, Field(ge=1, le=16)] = 5
    """Duration of the video in seconds"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] = "16:9"
    """The aspect ratio of the output video"""
    resolution: Literal["360p", "540p", "720p", "1080p"] = "720p"
    """Output video resolution"""
    audio: bool = True
    """Whether to use direct audio-video generation. When true, outputs video with sound."""


class ViduQ3TextToVideoTurboOutput(OutputModel):
    video: shared.File
    """The generated video from text using the Q3 model"""
