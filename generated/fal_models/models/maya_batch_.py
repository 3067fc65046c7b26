# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MayaBatchInput(InputModel):
    """Input schema for batch Maya-1-Voice TTS generation"""

    texts: Annotated[
        list[str],
        Field(
            description="List of texts to synthesize into speech. You can embed emotion tags in "
            "each text using the format <emotion_name>.",
            max_length=100,
            min_length=1,
        ),
    ]
    """List of texts to synthesize into speech. You can embed emotion tags in each text using the
    format <emotion_name>.
    """

    prompts: Annotated[
        list[str],
        Field(
            description="List of voice descriptions for each text. Must match the length of texts "
            "list. Each describes the voice/character attributes.",
            max_length=100,
            min_length=1,
        ),
    ]
    """List of voice descriptions for each text. Must match the length of texts list. Each
    describes the voice/character attributes.
    """

    temperature: Annotated[
        float, Field(description="Sampling temperature for all generations.", ge=0.0, le=2.0)
    ] = 0.4
    """Sampling temperature for all generations."""

    top_p: Annotated[
        float, Field(description="Nucleus sampling parameter for all generations.", ge=0.0, le=1.0)
    ] = 0.9
    """Nucleus sampling parameter for all generations."""

    max_tokens: Annotated[
        int, Field(description="Maximum SNAC tokens per generation.", ge=28, le=4000)
    ] = 2000
    """Maximum SNAC tokens per generation."""

    repetition_penalty: Annotated[
        float, Field(description="Repetition penalty for all generations.", ge=1.0, le=2.0)
    ] = 1.1
    """Repetition penalty for all generations."""

    sample_rate: Annotated[
        Literal["48 kHz", "24 kHz"],
        Field(
            description="Output audio sample rate for all generations. 48 kHz provides higher "
            "quality, 24 kHz is faster."
        ),
    ] = "48 kHz"
    """Output audio sample rate for all generations. 48 kHz provides higher quality, 24 kHz is
    faster.
    """

    output_format: Annotated[
        Literal["wav", "mp3"],
        Field(description="Output audio format for all generated speech files"),
    ] = "wav"
    """Output audio format for all generated speech files"""


class MayaBatchOutput(OutputModel):
    """Output schema for batch Maya-1-Voice TTS generation"""

    audios: Annotated[list[shared.File], Field(description="List of generated audio files")]
    """List of generated audio files"""

    durations: Annotated[
        list[float], Field(description="Duration of each generated audio in seconds")
    ]
    """Duration of each generated audio in seconds"""

    sample_rate: Annotated[str, Field(description="Sample rate of all generated audio files")]
    """Sample rate of all generated audio files"""

    total_generation_time: Annotated[
        float, Field(description="Total time taken to generate all audio files in seconds")
    ]
    """Total time taken to generate all audio files in seconds"""

    average_rtf: Annotated[
        float, Field(description="Average real-time factor across all generations")
    ]
    """Average real-time factor across all generations"""
