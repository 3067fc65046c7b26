# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_1TextToVideoInput(InputModel):
    prompt: str
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator"""
    negative_prompt: str = ""
    """A negative prompt to guide the model"""
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] = "16:9"
    """The aspect ratio of the generated video"""
    resolution: Literal["720p", "1080p"] = "720p"
    """The resolution of the generated video"""
    duration: int = 5
    """The duration of the generated video in seconds"""


class PikaV2_1TextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""
