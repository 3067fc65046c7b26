# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingVideoAiAvatarV2ProInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as your avatar",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as your avatar"""

    audio_url: Annotated[
        str, Field(description="The URL of the audio file.", json_schema_extra={"x-fal-file": True})
    ]
    """The URL of the audio file."""

    prompt: Annotated[str, Field(description="The prompt to use for the video generation.")] = "."
    """The prompt to use for the video generation."""


class KlingVideoAiAvatarV2ProOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""

    duration: Annotated[float, Field(description="Duration of the output video in seconds.")]
    """Duration of the output video in seconds."""
