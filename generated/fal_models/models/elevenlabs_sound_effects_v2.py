# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

DurationSeconds = TypeAliasType("DurationSeconds", Annotated[float, Field(ge=0.5, le=22.0)])
"""Duration in seconds (0.5-22). If None, optimal duration will be determined from prompt."""


class ElevenlabsSoundEffectsV2Input(InputModel):
    text: str
    """The text describing the sound effect to generate"""
    duration_seconds: DurationSeconds | None | MISSING = MISSING
    """Duration in seconds (0.5-22). If None, optimal duration will be determined from prompt."""
    prompt_influence: Annotated[float, Field(ge=0.0, le=1.0)] = 0.3
    """How closely to follow the prompt (0-1). Higher values mean less variation."""
    output_format: Literal[
        "mp3_22050_32",
        "mp3_44100_32",
        "mp3_44100_64",
        "mp3_44100_96",
        "mp3_44100_128",
        "mp3_44100_192",
        "pcm_8000",
        "pcm_16000",
        "pcm_22050",
        "pcm_24000",
        "pcm_44100",
        "pcm_48000",
        "ulaw_8000",
        "alaw_8000",
        "opus_48000_32",
        "opus_48000_64",
        "opus_48000_96",
        "opus_48000_128",
        "opus_48000_192",
    ] = "mp3_44100_128"
    """Output format of the generated audio. Formatted as codec_sample_rate_bitrate."""
    loop: bool = False
    """Whether to create a sound effect that loops smoothly."""


class ElevenlabsSoundEffectsV2Output(OutputModel):
    """Output format for generated sound effects"""

    audio: shared.File
    """The generated sound effect audio file in MP3 format"""
