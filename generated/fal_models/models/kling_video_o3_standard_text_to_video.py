# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KlingV3MultiPromptElement(InputModel):
    prompt: str
    """The prompt for this shot."""
    duration: Literal[
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"
    ] = "5"
    """The duration of this shot in seconds"""


class KlingVideoO3StandardTextToVideoInput(InputModel):
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt for video generation. Required unless multi_prompt is provided."""
    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = "5"
    """Video duration in seconds (3-15s)."""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """Aspect ratio of the generated video."""
    generate_audio: bool = False
    """Whether to generate native audio for the video."""
    multi_prompt: list[KlingV3MultiPromptElement] | None | MISSING = MISSING
    """List of prompts for multi-shot video generation."""
    shot_type: Literal["customize"] = "customize"
    """The type of multi-shot video generation."""


class KlingVideoO3StandardTextToVideoOutput(OutputModel):
    """Output for O3 video generation endpoints."""

    video: shared.File
    """The generated video."""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])
"""Text prompt for video generation. Required unless multi_prompt is provided."""
