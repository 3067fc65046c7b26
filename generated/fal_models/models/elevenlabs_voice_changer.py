# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsVoiceChangerInput(InputModel):
    audio_url: Annotated[
        str, Field(description="The input audio file", json_schema_extra={"x-fal-file": True})
    ]
    """The input audio file"""

    voice: Annotated[str, Field(description="The voice to use for speech generation")] = "Rachel"
    """The voice to use for speech generation"""

    remove_background_noise: Annotated[
        bool,
        Field(
            description="If set, will remove the background noise from your audio input using our "
            "audio isolation model."
        ),
    ] = False
    """If set, will remove the background noise from your audio input using our audio isolation
    model.
    """

    seed: Annotated[int | MISSING, Field(description="Random seed for reproducibility.")] = MISSING
    """Random seed for reproducibility."""

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


class ElevenlabsVoiceChangerOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file")]
    """The generated audio file"""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")]
    """Random seed for reproducibility."""
