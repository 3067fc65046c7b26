# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ChatterboxTextToSpeechMultilingualInput(InputModel):
    text: Annotated[
        str,
        Field(
            description="The text to be converted to speech (maximum 300 characters). Supports 23 "
            "languages including English, French, German, Spanish, Italian, Portuguese, Hindi, "
            "Arabic, Chinese, Japanese, Korean, and more.",
            max_length=300,
        ),
    ]
    """The text to be converted to speech (maximum 300 characters). Supports 23 languages
    including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic, Chinese,
    Japanese, Korean, and more.
    """

    voice: Annotated[
        str,
        Field(
            description="Language code for synthesis. In case using custom please provide audio "
            "url and select custom_audio_language."
        ),
    ] = "english"
    """Language code for synthesis. In case using custom please provide audio url and select
    custom_audio_language.
    """

    custom_audio_language: Annotated[
        Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | MISSING,
        Field(
            description="If using a custom audio URL, specify the language of the audio here. "
            "Ignored if voice is not a custom url."
        ),
    ] = MISSING
    """If using a custom audio URL, specify the language of the audio here. Ignored if voice is
    not a custom url.
    """

    exaggeration: Annotated[
        float,
        Field(
            description="Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 "
            "is neutral, higher values increase expressiveness. Extreme values may be unstable.",
            ge=0.25,
            le=2.0,
        ),
    ] = 0.5
    """Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is neutral, higher
    values increase expressiveness. Extreme values may be unstable.
    """

    temperature: Annotated[
        float,
        Field(
            description="Controls randomness and variation in generation (0.05-5.0). Higher "
            "values create more varied speech patterns.",
            ge=0.05,
            le=5.0,
        ),
    ] = 0.8
    """Controls randomness and variation in generation (0.05-5.0). Higher values create more
    varied speech patterns.
    """

    cfg_scale: Annotated[
        float,
        Field(
            description="Configuration/pace weight controlling generation guidance (0.0-1.0). Use "
            "0.0 for language transfer to mitigate accent inheritance.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0 for language
    transfer to mitigate accent inheritance.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible results. Set to 0 for random generation, or "
            "provide a specific number for consistent outputs."
        ),
    ] = MISSING
    """Random seed for reproducible results. Set to 0 for random generation, or provide a
    specific number for consistent outputs.
    """


class ChatterboxTextToSpeechMultilingualOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated multilingual speech audio file")]
    """The generated multilingual speech audio file"""
