# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Veo2Input(InputModel):
    prompt: Annotated[str, Field(min_length=1)]
    """The text prompt describing the video you want to generate"""
    aspect_ratio: Literal["9:16", "16:9", "1:1"] = "16:9"
    """The aspect ratio of the generated video"""
    duration: Literal["5s", "6s", "7s", "8s"] = "5s"
    """The duration of the generated video in seconds"""
    negative_prompt: str | None | MISSING = MISSING
    """A negative prompt to guide the video generation"""
    enhance_prompt: bool = True
    """Whether to enhance the video generation"""
    seed: int | None | MISSING = MISSING
    """A seed to use for the video generation"""
    auto_fix: bool = True
    """Whether to automatically attempt to fix prompts that fail content policy or other
    validation checks by rewriting them
    """


class Veo2Output(OutputModel):
    video: shared.File
    """The generated video"""
