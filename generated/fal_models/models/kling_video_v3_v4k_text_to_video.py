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


class KlingVideoV3_4kTextToVideoInput(InputModel):
    prompt: Prompt | None | MISSING = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """
    duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] = "5"
    """The duration of the generated video in seconds"""
    multi_prompt: list[KlingV3MultiPromptElement] | None | MISSING = MISSING
    """List of prompts for multi-shot video generation. If provided, overrides the single prompt
    and divides the video into multiple shots with specified prompts and durations.
    """
    generate_audio: bool = True
    """Whether to generate native audio for the video. Supports Chinese and English voice output.
    Other languages are automatically translated to English. For English speech, use lowercase
    letters; for acronyms or proper nouns, use uppercase.
    """
    shot_type: Literal["customize", "intelligent"] = "customize"
    """The type of multi-shot video generation"""
    aspect_ratio: Literal["16:9", "9:16", "1:1"] = "16:9"
    """The aspect ratio of the generated video frame"""
    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """


class KlingVideoV3_4kTextToVideoOutput(OutputModel):
    video: shared.File
    """The generated video"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=2500)])
"""Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
both.
"""
