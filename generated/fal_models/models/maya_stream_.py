# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class MayaStreamInput(InputModel):
    """Input schema for Maya-1-Voice streaming TTS generation"""

    text: Annotated[
        str,
        Field(
            description="The text to synthesize into speech. You can embed emotion tags anywhere "
            "in the text using the format <emotion_name>. Available emotions: laugh, "
            "laugh_harder, sigh, chuckle, gasp, angry, excited, whisper, cry, scream, sing, "
            "snort, exhale, gulp, giggle, sarcastic, curious. Example: 'Hello world! <excited> "
            "This is amazing!' or 'I can't believe this <sigh> happened again.'",
            max_length=5000,
        ),
    ]
    """The text to synthesize into speech. You can embed emotion tags anywhere in the text using
    the format <emotion_name>. Available emotions: laugh, laugh_harder, sigh, chuckle, gasp,
    angry, excited, whisper, cry, scream, sing, snort, exhale, gulp, giggle, sarcastic,
    curious. Example: 'Hello world! <excited> This is amazing!' or 'I can't believe this
    <sigh> happened again.'
    """

    prompt: Annotated[
        str,
        Field(
            description="Description of the voice/character. Includes attributes like age, "
            "accent, pitch, timbre, pacing, tone, and intensity. See examples for format.",
            max_length=500,
        ),
    ]
    """Description of the voice/character. Includes attributes like age, accent, pitch, timbre,
    pacing, tone, and intensity. See examples for format.
    """

    temperature: Annotated[
        float,
        Field(
            description="Sampling temperature. Lower values (0.2-0.5) produce more "
            "stable/consistent audio. Higher values add variation.",
            ge=0.0,
            le=2.0,
        ),
    ] = 0.4
    """Sampling temperature. Lower values (0.2-0.5) produce more stable/consistent audio. Higher
    values add variation.
    """

    top_p: Annotated[
        float,
        Field(
            description="Nucleus sampling parameter. Controls diversity of token selection.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.9
    """Nucleus sampling parameter. Controls diversity of token selection."""

    max_tokens: Annotated[
        int,
        Field(
            description="Maximum number of SNAC tokens to generate (7 tokens per frame). Controls "
            "maximum audio length.",
            ge=28,
            le=4000,
        ),
    ] = 2000
    """Maximum number of SNAC tokens to generate (7 tokens per frame). Controls maximum audio
    length.
    """

    repetition_penalty: Annotated[
        float,
        Field(
            description="Penalty for repeating tokens. Higher values reduce repetition artifacts.",
            ge=1.0,
            le=2.0,
        ),
    ] = 1.1
    """Penalty for repeating tokens. Higher values reduce repetition artifacts."""

    sample_rate: Annotated[
        Literal["48 kHz", "24 kHz"],
        Field(
            description="Output audio sample rate. 48 kHz uses upsampling for higher quality "
            "audio, 24 kHz is native SNAC output (faster, lower latency)."
        ),
    ] = "24 kHz"
    """Output audio sample rate. 48 kHz uses upsampling for higher quality audio, 24 kHz is
    native SNAC output (faster, lower latency).
    """

    output_format: Annotated[
        Literal["mp3", "wav", "pcm"],
        Field(
            description="Output audio format. 'mp3' for browser-playable audio, 'wav' for "
            "uncompressed audio, 'pcm' for raw PCM (lowest latency, requires client-side "
            "decoding)."
        ),
    ] = "mp3"
    """Output audio format. 'mp3' for browser-playable audio, 'wav' for uncompressed audio, 'pcm'
    for raw PCM (lowest latency, requires client-side decoding).
    """


class MayaStreamOutput(OutputModel):
    pass
