# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OutputFormat(InputModel):
    """Output format configuration for the TTS API."""

    codec: Annotated[
        Literal["mp3", "wav", "pcm", "mulaw", "alaw"],
        Field(description="Audio codec. Supported: mp3, wav, pcm, mulaw, alaw."),
    ] = "mp3"
    """Audio codec. Supported: mp3, wav, pcm, mulaw, alaw."""

    sample_rate: Annotated[
        Literal[8000, 16000, 22050, 24000, 44100, 48000], Field(description="Sample rate in Hz.")
    ] = 24000
    """Sample rate in Hz."""

    bit_rate: Annotated[
        Literal[32000, 64000, 96000, 128000, 192000] | None | MISSING,
        Field(
            description="Bit rate in bps. Only applicable for MP3 codec. Defaults to 128000 for "
            "MP3."
        ),
    ] = MISSING
    """Bit rate in bps. Only applicable for MP3 codec. Defaults to 128000 for MP3."""


class XaiTtsV1Input(InputModel):
    """Input for xAI text-to-speech generation."""

    text: Annotated[
        str,
        Field(
            description="The text to convert to speech. Maximum 15,000 characters. Supports "
            "speech tags for expressive delivery: inline tags like [laugh], [pause], [sigh] and "
            "wrapping tags like <whisper>text</whisper>, <slow>text</slow>.",
            max_length=15000,
            min_length=1,
        ),
    ]
    """The text to convert to speech. Maximum 15,000 characters. Supports speech tags for
    expressive delivery: inline tags like [laugh], [pause], [sigh] and wrapping tags like
    <whisper>text</whisper>, <slow>text</slow>.
    """

    voice: Annotated[
        Literal["eve", "ara", "rex", "sal", "leo"],
        Field(
            description="Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. "
            "rex: confident, clear. sal: smooth, balanced. leo: authoritative, strong."
        ),
    ] = "eve"
    """Voice to use for synthesis. eve: energetic, upbeat. ara: warm, friendly. rex: confident,
    clear. sal: smooth, balanced. leo: authoritative, strong.
    """

    language: Annotated[
        Literal[
            "auto",
            "en",
            "ar-EG",
            "ar-SA",
            "ar-AE",
            "bn",
            "zh",
            "fr",
            "de",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "pt-BR",
            "pt-PT",
            "ru",
            "es-MX",
            "es-ES",
            "tr",
            "vi",
        ],
        Field(
            description="BCP-47 language code or 'auto' for automatic detection. Supported: en, "
            "zh, fr, de, hi, id, it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, "
            "ar-SA, ar-AE."
        ),
    ] = "auto"
    """BCP-47 language code or 'auto' for automatic detection. Supported: en, zh, fr, de, hi, id,
    it, ja, ko, pt-BR, pt-PT, ru, es-MX, es-ES, tr, vi, bn, ar-EG, ar-SA, ar-AE.
    """

    output_format: Annotated[
        OutputFormat | MISSING,
        Field(description="Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps."),
    ] = MISSING
    """Output format configuration. Defaults to MP3 at 24 kHz / 128 kbps."""


class XaiTtsV1Output(OutputModel):
    """Output for xAI text-to-speech generation."""

    audio: Annotated[shared.File, Field(description="The generated audio file.")]
    """The generated audio file."""
