# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DiffrhythmInput(InputModel):
    lyrics: str
    """The prompt to generate the song from. Must have two sections. Sections start with either
    [chorus] or a [verse].
    """
    reference_audio_url: Annotated[str | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The URL of the reference audio to use for the music generation."""
    style_prompt: str | MISSING = MISSING
    """The style prompt to use for the music generation."""
    music_duration: Literal["95s", "285s"] = "95s"
    """The duration of the music to generate."""
    cfg_strength: Annotated[float, Field(ge=1.0, le=10.0)] = 4
    """The CFG strength to use for the music generation."""
    scheduler: Literal["euler", "midpoint", "rk4", "implicit_adams"] = "euler"
    """The scheduler to use for the music generation."""
    num_inference_steps: Annotated[int, Field(ge=10, le=100)] = 32
    """The number of inference steps to use for the music generation."""


class DiffrhythmOutput(OutputModel):
    audio: shared.File
    """Generated music file."""
