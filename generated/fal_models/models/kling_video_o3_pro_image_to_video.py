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


class KlingVideoO3ProImageToVideoInput(InputModel):
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

    image_url: Annotated[
        str,
        Field(description="URL of the start frame image.", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the start frame image."""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the end frame image (optional).",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the end frame image (optional)."""

    duration: Annotated[
        Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"],
        Field(description="Video duration in seconds (3-15s)."),
    ] = "5"
    """Video duration in seconds (3-15s)."""

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


class KlingVideoO3ProImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
