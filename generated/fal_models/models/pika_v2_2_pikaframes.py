# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class KeyframeTransition(InputModel):
    """Configuration for a transition between two keyframes"""

    duration: Annotated[
        int, Field(description="Duration of this transition in seconds", ge=1, le=25)
    ] = 5
    """Duration of this transition in seconds"""

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Specific prompt for this transition. Overrides the global prompt if "
            "provided."
        ),
    ] = MISSING
    """Specific prompt for this transition. Overrides the global prompt if provided."""


class PikaV2_2PikaframesInput(InputModel):
    image_urls: Annotated[
        list[str],
        Field(
            description="URLs of keyframe images (2-5 images) to create transitions between",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of keyframe images (2-5 images) to create transitions between"""

    transitions: Annotated[
        list[KeyframeTransition] | MISSING,
        Field(
            description="Configuration for each transition. Length must be len(image_urls) - 1. "
            "Total duration of all transitions must not exceed 25 seconds. If not provided, uses "
            "default 5-second transitions with the global prompt."
        ),
    ] = MISSING
    """Configuration for each transition. Length must be len(image_urls) - 1. Total duration of
    all transitions must not exceed 25 seconds. If not provided, uses default 5-second
    transitions with the global prompt.
    """

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Default prompt for all transitions. Individual transition prompts "
            "override this."
        ),
    ] = MISSING
    """Default prompt for all transitions. Individual transition prompts override this."""

    negative_prompt: Annotated[str, Field(description="A negative prompt to guide the model")] = ""
    """A negative prompt to guide the model"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video")
    ] = "720p"
    """The resolution of the generated video"""


class PikaV2_2PikaframesOutput(OutputModel):
    """Output model for Pika 2.2 keyframes-to-video generation"""

    video: Annotated[
        shared.File, Field(description="The generated video with transitions between keyframes")
    ]
    """The generated video with transitions between keyframes"""
