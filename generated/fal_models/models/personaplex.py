# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PersonaplexInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt describing the AI persona and conversation context.")
    ] = (
        "You are a wise and friendly teacher. Answer questions or provide advice in a clear and "
        "engaging way."
    )
    """Text prompt describing the AI persona and conversation context."""

    voice: Annotated[
        Literal[
            "NATF0",
            "NATF1",
            "NATF2",
            "NATF3",
            "NATM0",
            "NATM1",
            "NATM2",
            "NATM3",
            "VARF0",
            "VARF1",
            "VARF2",
            "VARF3",
            "VARF4",
            "VARM0",
            "VARM1",
            "VARM2",
            "VARM3",
            "VARM4",
        ],
        Field(
            description="Voice ID for the AI response. NAT = natural, VAR = variety. F = female, "
            "M = male. Ignored when voice_audio_url is provided."
        ),
    ] = "NATF2"
    """Voice ID for the AI response. NAT = natural, VAR = variety. F = female, M = male. Ignored
    when voice_audio_url is provided.
    """

    voice_audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to a voice sample audio for on-the-fly voice cloning. When provided, "
            "the AI responds in the cloned voice instead of the preset 'voice'. 10+ seconds of "
            "clear speech recommended. Billed at 2x rate.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to a voice sample audio for on-the-fly voice cloning. When provided, the AI responds
    in the cloned voice instead of the preset 'voice'. 10+ seconds of clear speech
    recommended. Billed at 2x rate.
    """

    temperature_audio: Annotated[
        float,
        Field(
            description="Audio sampling temperature. Higher values produce more diverse outputs.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.8
    """Audio sampling temperature. Higher values produce more diverse outputs."""

    temperature_text: Annotated[
        float,
        Field(
            description="Text sampling temperature. Higher values produce more diverse outputs.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.7
    """Text sampling temperature. Higher values produce more diverse outputs."""

    top_k_audio: Annotated[
        int, Field(description="Top-K sampling for audio tokens.", ge=1, le=2048)
    ] = 250
    """Top-K sampling for audio tokens."""

    top_k_text: Annotated[
        int, Field(description="Top-K sampling for text tokens.", ge=1, le=1000)
    ] = 25
    """Top-K sampling for text tokens."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""

    audio_url: Annotated[
        str,
        Field(
            description="URL to the input audio file (user's speech).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the input audio file (user's speech)."""


class PersonaplexOutput(OutputModel):
    audio: Annotated[
        shared.File, Field(description="The generated AI response audio (WAV, 24kHz).")
    ]
    """The generated AI response audio (WAV, 24kHz)."""

    text: Annotated[str, Field(description="Transcribed text of the AI's response.")]
    """Transcribed text of the AI's response."""

    duration: Annotated[float, Field(description="Duration of the generated audio in seconds.")]
    """Duration of the generated audio in seconds."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
