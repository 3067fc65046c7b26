# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Veo3_1LiteInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing the video you want to generate",
            max_length=20000,
        ),
    ]
    """The text prompt describing the video you want to generate"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="Aspect ratio of the generated video")
    ] = "16:9"
    """Aspect ratio of the generated video"""

    duration: Annotated[
        Literal["4s", "6s", "8s"], Field(description="The duration of the generated video.")
    ] = "8s"
    """The duration of the generated video."""

    negative_prompt: Annotated[
        str | None | MISSING, Field(description="A negative prompt to guide the video generation.")
    ] = MISSING
    """A negative prompt to guide the video generation."""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video.")
    ] = "720p"
    """The resolution of the generated video."""

    generate_audio: Annotated[
        bool, Field(description="Whether to generate audio for the video.")
    ] = True
    """Whether to generate audio for the video."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    auto_fix: Annotated[
        bool,
        Field(
            description="Whether to automatically attempt to fix prompts that fail content policy "
            "or other validation checks by rewriting them."
        ),
    ] = True
    """Whether to automatically attempt to fix prompts that fail content policy or other
    validation checks by rewriting them.
    """

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level for content moderation. 1 is the most strict "
            "(blocks most content), 6 is the least strict."
        ),
    ] = "4"
    """The safety tolerance level for content moderation. 1 is the most strict (blocks most
    content), 6 is the least strict.
    """


class Veo3_1LiteOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video.")]
    """The generated video."""
