# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Veo3FastInput(InputModel):
    prompt: Annotated[str, Field(max_length=20000)]
    """The text prompt describing the video you want to generate"""
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    """The aspect ratio of the generated video."""
    duration: Literal["4s", "6s", "8s"] = "8s"
    """The duration of the generated video."""
    negative_prompt: str | None | MISSING = MISSING
    """A negative prompt to guide the video generation."""
    resolution: Literal["720p", "1080p"] = "720p"
    """The resolution of the generated video."""
    generate_audio: bool = True
    """Whether to generate audio for the video."""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    auto_fix: bool = True
    """Whether to automatically attempt to fix prompts that fail content policy or other
    validation checks by rewriting them.
    """
    safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] = "4"
    """The safety tolerance level for content moderation. 1 is the most strict (blocks most
    content), 6 is the least strict.
    """


class Veo3FastOutput(OutputModel):
    video: shared.File
    """The generated video."""
