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
            description="Text prompt for video generation. Required unless multi_prompt is "
            "provided.",
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


class KlingVideoO3StandardTextToVideoInput(InputModel):
    prompt: Annotated[
        Prompt | None | MISSING,
        Field(
            description="Text prompt for video generation. Required unless multi_prompt is "
            "provided."
        ),
    ] = MISSING
    """Text prompt for video generation. Required unless multi_prompt is provided."""

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="Video duration in seconds (3-15s)."),
    ] = "5"
    """Video duration in seconds (3-15s)."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="Aspect ratio of the generated video.")
    ] = "16:9"
    """Aspect ratio of the generated video."""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate native audio for the video.")
    ] = False
    """Whether to generate native audio for the video."""

    multi_prompt: Annotated[
        list[KlingV3MultiPromptElement] | None | MISSING,
        Field(description="List of prompts for multi-shot video generation."),
    ] = MISSING
    """List of prompts for multi-shot video generation."""

    shot_type: Annotated[
        Literal["customize"], Field(description="The type of multi-shot video generation.")
    ] = "customize"
    """The type of multi-shot video generation."""


class KlingVideoO3StandardTextToVideoOutput(OutputModel):
    """Output for O3 video generation endpoints."""

    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
