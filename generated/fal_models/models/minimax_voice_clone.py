# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Accuracy = TypeAliasType(
    "Accuracy",
    Annotated[float, Field(description="Text validation accuracy threshold (0-1)", ge=0.0, le=1.0)],
)


Text = TypeAliasType(
    "Text",
    Annotated[
        str,
        Field(
            description="Text to generate a TTS preview with the cloned voice (optional)",
            max_length=1000,
        ),
    ],
)


class MinimaxVoiceCloneInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the input audio file for voice cloning. Should be at least 10 "
            "seconds long. To retain the voice permanently, use it with a TTS (text-to-speech) "
            "endpoint at least once within 7 days. Otherwise, it will be automatically deleted.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input audio file for voice cloning. Should be at least 10 seconds long. To
    retain the voice permanently, use it with a TTS (text-to-speech) endpoint at least once
    within 7 days. Otherwise, it will be automatically deleted.
    """

    noise_reduction: Annotated[
        bool, Field(description="Enable noise reduction for the cloned voice")
    ] = False
    """Enable noise reduction for the cloned voice"""

    need_volume_normalization: Annotated[
        bool, Field(description="Enable volume normalization for the cloned voice")
    ] = False
    """Enable volume normalization for the cloned voice"""

    accuracy: Annotated[
        Accuracy | None | MISSING, Field(description="Text validation accuracy threshold (0-1)")
    ] = MISSING
    """Text validation accuracy threshold (0-1)"""

    text: Annotated[
        Text | None,
        Field(description="Text to generate a TTS preview with the cloned voice (optional)"),
    ] = "Hello, this is a preview of your cloned voice! I hope you like it!"
    """Text to generate a TTS preview with the cloned voice (optional)"""

    model: Annotated[
        Literal["speech-02-hd", "speech-02-turbo", "speech-01-hd", "speech-01-turbo"],
        Field(
            description="TTS model to use for preview. Options: speech-02-hd, speech-02-turbo, "
            "speech-01-hd, speech-01-turbo"
        ),
    ] = "speech-02-hd"
    """TTS model to use for preview. Options: speech-02-hd, speech-02-turbo, speech-01-hd,
    speech-01-turbo
    """


class MinimaxVoiceCloneOutput(OutputModel):
    custom_voice_id: Annotated[str, Field(description="The cloned voice ID for use with TTS")]
    """The cloned voice ID for use with TTS"""

    audio: Annotated[
        shared.File | None | MISSING,
        Field(description="Preview audio generated with the cloned voice (if requested)"),
    ] = MISSING
    """Preview audio generated with the cloned voice (if requested)"""
