# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

DurationSeconds = TypeAliasType(
    "DurationSeconds",
    Annotated[
        float,
        Field(
            description="Duration in seconds (0.5-22). If None, optimal duration will be "
            "determined from prompt.",
            ge=0.5,
            le=22.0,
        ),
    ],
)


class ElevenlabsSoundEffectsV2Input(InputModel):
    text: Annotated[str, Field(description="The text describing the sound effect to generate")]
    """The text describing the sound effect to generate"""

    duration_seconds: Annotated[
        DurationSeconds | None | MISSING,
        Field(
            description="Duration in seconds (0.5-22). If None, optimal duration will be "
            "determined from prompt."
        ),
    ] = MISSING
    """Duration in seconds (0.5-22). If None, optimal duration will be determined from prompt."""

    prompt_influence: Annotated[
        float,
        Field(
            description="How closely to follow the prompt (0-1). Higher values mean less "
            "variation.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.3
    """How closely to follow the prompt (0-1). Higher values mean less variation."""

    output_format: Annotated[
        Literal[
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
        ],
        Field(
            description="Output format of the generated audio. Formatted as "
            "codec_sample_rate_bitrate."
        ),
    ] = "mp3_44100_128"
    """Output format of the generated audio. Formatted as codec_sample_rate_bitrate."""

    loop: Annotated[
        bool, Field(description="Whether to create a sound effect that loops smoothly.")
    ] = False
    """Whether to create a sound effect that loops smoothly."""


class ElevenlabsSoundEffectsV2Output(OutputModel):
    """Output format for generated sound effects"""

    audio: Annotated[
        shared.File, Field(description="The generated sound effect audio file in MP3 format")
    ]
    """The generated sound effect audio file in MP3 format"""
