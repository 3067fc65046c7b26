# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseLipsyncInput(InputModel):
    video_url: Annotated[
        str, Field(description="URL of the input video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video"""

    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the input audio. If not provided, TTS will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the input audio. If not provided, TTS will be used."""

    voice_id: Annotated[
        Literal[
            "Emily",
            "James",
            "Isabella",
            "Liam",
            "Chloe",
            "Adrian",
            "Harper",
            "Ava",
            "Sophia",
            "Julia",
            "Mason",
            "Jack",
            "Oliver",
            "Ethan",
            "Auto",
        ],
        Field(description="Voice to use for TTS when audio_url is not provided"),
    ] = "Auto"
    """Voice to use for TTS when audio_url is not provided"""

    text: Annotated[
        str | None | MISSING,
        Field(description="Text content for TTS when audio_url is not provided"),
    ] = MISSING
    """Text content for TTS when audio_url is not provided"""


class PixverseLipsyncOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
