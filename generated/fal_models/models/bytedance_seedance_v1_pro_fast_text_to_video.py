# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedanceV1ProFastTextToVideoInput(InputModel):
    prompt: str
    """The text prompt used to generate the video"""
    aspect_ratio: Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] = "16:9"
    """The aspect ratio of the generated video"""
    resolution: Literal["480p", "720p", "1080p"] = "1080p"
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality"""
    duration: Literal["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"] = "5"
    """Duration of the video in seconds"""
    camera_fixed: bool = False
    """Whether to fix the camera position"""
    seed: int | None | MISSING = MISSING
    """Random seed to control video generation. Use -1 for random."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    num_frames: NumFrames | None | MISSING = MISSING
    """The number of frames to generate. If provided, will override duration."""


class BytedanceSeedanceV1ProFastTextToVideoOutput(OutputModel):
    video: shared.File
    """Generated video file"""
    seed: int
    """Seed used for generation"""


NumFrames = TypeAliasType("NumFrames", Annotated[int, Field(ge=29, le=289)])
"""The number of frames to generate. If provided, will override duration."""
