# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class EchomimicV3Input(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to use as a reference for the video generation."""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio to use as a reference for the video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio to use as a reference for the video generation."""

    prompt: Annotated[str, Field(description="The prompt to use for the video generation.")]
    """The prompt to use for the video generation."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to use for the video generation.")
    ] = ""
    """The negative prompt to use for the video generation."""

    num_frames_per_generation: Annotated[
        int, Field(description="The number of frames to generate at once.", ge=49, le=161)
    ] = 121
    """The number of frames to generate at once."""

    guidance_scale: Annotated[
        float,
        Field(description="The guidance scale to use for the video generation.", ge=1.0, le=10.0),
    ] = 4.5
    """The guidance scale to use for the video generation."""

    audio_guidance_scale: Annotated[
        float,
        Field(
            description="The audio guidance scale to use for the video generation.", ge=0.0, le=10.0
        ),
    ] = 2.5
    """The audio guidance scale to use for the video generation."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for the video generation.")
    ] = MISSING
    """The seed to use for the video generation."""


class EchomimicV3Output(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
