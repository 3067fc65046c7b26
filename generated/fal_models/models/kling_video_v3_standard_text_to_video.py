# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str,
        Field(
            description="Text prompt for video generation. Either prompt or multi_prompt must be "
            "provided, but not both.",
            max_length=2500,
        ),
    ],
)


class KlingV3MultiPromptElement(InputModel):
    prompt: Annotated[str, Field(description="The prompt for this shot.")]
    """The prompt for this shot."""

    duration: Annotated[
        Literal["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="The duration of this shot in seconds"),
    ] = "5"
    """The duration of this shot in seconds"""


class KlingVideoV3StandardTextToVideoInput(InputModel):
    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Text prompt for video generation. Either prompt or multi_prompt must be "
            "provided, but not both."
        ),
    ] = MISSING
    """Text prompt for video generation. Either prompt or multi_prompt must be provided, but not
    both.
    """

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="The duration of the generated video in seconds"),
    ] = "5"
    """The duration of the generated video in seconds"""

    multi_prompt: Annotated[
        list[KlingV3MultiPromptElement] | None | MISSING,
        Field(
            description="List of prompts for multi-shot video generation. If provided, overrides "
            "the single prompt and divides the video into multiple shots with specified prompts "
            "and durations."
        ),
    ] = MISSING
    """List of prompts for multi-shot video generation. If provided, overrides the single prompt
    and divides the video into multiple shots with specified prompts and durations.
    """

    generate_audio: Annotated[
        bool,
        Field(
            description="Whether to generate native audio for the video. Supports Chinese and "
            "English voice output. Other languages are automatically translated to English. For "
            "English speech, use lowercase letters; for acronyms or proper nouns, use uppercase."
        ),
    ] = True
    """Whether to generate native audio for the video. Supports Chinese and English voice output.
    Other languages are automatically translated to English. For English speech, use lowercase
    letters; for acronyms or proper nouns, use uppercase.
    """

    shot_type: Annotated[
        Literal["customize", "intelligent"],
        Field(description="The type of multi-shot video generation"),
    ] = "customize"
    """The type of multi-shot video generation"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"],
        Field(description="The aspect ratio of the generated video frame"),
    ] = "16:9"
    """The aspect ratio of the generated video frame"""

    negative_prompt: Annotated[str, Field(max_length=2500)] = "blur, distort, and low quality"
    cfg_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt.
    """


class KlingVideoV3StandardTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
