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


class KlingVideoO3_4kImageToVideoInput(InputModel):
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the start frame image."""
    end_image_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL of the end frame image (optional)."""
    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = "5"
    """Video duration in seconds (3-15s)."""
    generate_audio: bool = False
    """Whether to generate native audio for the video."""
    multi_prompt: list[KlingV3MultiPromptElement] | None | MISSING = MISSING
    """List of prompts for multi-shot video generation."""
    shot_type: Literal["customize"] = "customize"
    """The type of multi-shot video generation."""


class KlingVideoO3_4kImageToVideoOutput(OutputModel):
    video: shared.File
    """The generated video."""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])
"""Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
both.
"""
