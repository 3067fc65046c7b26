# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DiffrhythmInput(InputModel):
    lyrics: Annotated[
        str,
        Field(
            description="The prompt to generate the song from. Must have two sections. Sections "
            "start with either [chorus] or a [verse]."
        ),
    ]
    """The prompt to generate the song from. Must have two sections. Sections start with either
    [chorus] or a [verse].
    """

    reference_audio_url: Annotated[
        str | MISSING,
        Field(
            description="The URL of the reference audio to use for the music generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the reference audio to use for the music generation."""

    style_prompt: Annotated[
        str | MISSING, Field(description="The style prompt to use for the music generation.")
    ] = MISSING
    """The style prompt to use for the music generation."""

    music_duration: Annotated[
        Literal["95s", "285s"], Field(description="The duration of the music to generate.")
    ] = "95s"
    """The duration of the music to generate."""

    cfg_strength: Annotated[
        float,
        Field(description="The CFG strength to use for the music generation.", ge=1.0, le=10.0),
    ] = 4
    """The CFG strength to use for the music generation."""

    scheduler: Annotated[
        Literal["euler", "midpoint", "rk4", "implicit_adams"],
        Field(description="The scheduler to use for the music generation."),
    ] = "euler"
    """The scheduler to use for the music generation."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for the music generation.",
            ge=10,
            le=100,
        ),
    ] = 32
    """The number of inference steps to use for the music generation."""


class DiffrhythmOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="Generated music file.")]
    """Generated music file."""
