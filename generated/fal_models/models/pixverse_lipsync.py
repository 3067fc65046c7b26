# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PixverseLipsyncInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video"""
    audio_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of the input audio. If not provided, TTS will be used."""
    voice_id: Literal[
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
    ] = "Auto"
    """Voice to use for TTS when audio_url is not provided"""
    text: str | None | MISSING = MISSING
    """Text content for TTS when audio_url is not provided"""


class PixverseLipsyncOutput(OutputModel):
    video: shared.File
    """The generated video"""
