# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LatentsyncInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to generate the lip sync for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to generate the lip sync for."""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio to generate the lip sync for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio to generate the lip sync for."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance scale for the model inference Not checked by the client: slider "
            "step 0.1.",
            ge=1.0,
            le=2.0,
        ),
    ] = 1
    """Guidance scale for the model inference Not checked by the client: slider step 0.1."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for generation. If None, a random seed will be used."),
    ] = MISSING
    """Random seed for generation. If None, a random seed will be used."""

    loop_mode: Annotated[
        Literal["pingpong", "loop"] | None | MISSING,
        Field(
            description="Video loop mode when audio is longer than video. Options: pingpong, loop"
        ),
    ] = MISSING
    """Video loop mode when audio is longer than video. Options: pingpong, loop"""


class LatentsyncOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video with the lip sync.")]
    """The generated video with the lip sync."""
