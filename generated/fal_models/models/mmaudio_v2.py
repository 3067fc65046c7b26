# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MmaudioV2Input(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to generate the audio for."""
    prompt: str
    """The prompt to generate the audio for."""
    negative_prompt: str = ""
    """The negative prompt to generate the audio for."""
    seed: Seed | None | MISSING = MISSING
    """The seed for the random number generator"""
    num_steps: Annotated[int, Field(ge=4, le=50)] = 25
    """The number of steps to generate the audio for."""
    duration: Annotated[float, Field(ge=1.0, le=30.0)] = 8
    """The duration of the audio to generate."""
    cfg_strength: Annotated[float, Field(ge=0.0, le=20.0)] = 4.5
    """The strength of Classifier Free Guidance."""
    mask_away_clip: bool = False
    """Whether to mask away the clip."""


class MmaudioV2Output(OutputModel):
    video: shared.File
    """The generated video with the lip sync."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0, le=65535)])
"""The seed for the random number generator"""
