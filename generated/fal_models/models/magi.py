# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MagiInput(InputModel):
    prompt: str
    """The text prompt to guide video generation."""
    num_frames: NumFrames | None = 96
    """Number of frames to generate. Must be between 96 and 192 (inclusive). Each additional 24
    frames beyond 96 incurs an additional billing unit.
    """
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    resolution: Literal["480p", "720p"] = "720p"
    """Resolution of the generated video (480p or 720p). 480p is 0.5 billing units, and 720p is 1
    billing unit.
    """
    num_inference_steps: Literal[4, 8, 16, 32, 64] = 16
    """Number of inference steps for sampling. Higher values give better quality but take longer."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] = "auto"
    """Aspect ratio of the generated video. If 'auto', the aspect ratio will be determined
    automatically based on the input image.
    """


class MagiOutput(OutputModel):
    video: shared.File
    """The generated video file."""
    seed: int
    """The seed used for generation."""


NumFrames = TypeAliasType("NumFrames", Annotated[int, Field(ge=96, le=192)])
"""Number of frames to generate. Must be between 96 and 192 (inclusive). Each additional 24
frames beyond 96 incurs an additional billing unit.
"""
