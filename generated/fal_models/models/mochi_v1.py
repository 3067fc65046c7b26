# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class MochiV1Input(InputModel):
    prompt: str
    """The prompt to generate a video from."""
    negative_prompt: str = ""
    """The negative prompt for the video."""
    seed: int | None | MISSING = MISSING
    """The seed to use for generating the video."""
    enable_prompt_expansion: bool = True
    """Whether to enable prompt expansion."""


class MochiV1Output(OutputModel):
    video: shared.File
    """The generated video"""
