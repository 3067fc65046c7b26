# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

from . import shared

BackgroundMusicPrompt = TypeAliasType(
    "BackgroundMusicPrompt", Annotated[str, Field(max_length=200)]
)
"""Background music prompt. Cannot exceed 200 characters."""


class KlingVideoVideoToAudioInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The video URL to extract audio from. Only .mp4/.mov formats are supported. File size does
    not exceed 100MB. Video duration between 3.0s and 20.0s.
    """
    sound_effect_prompt: SoundEffectPrompt | None = (
        "Car tires screech as they accelerate in a drag race"
    )
    """Sound effect prompt. Cannot exceed 200 characters."""
    background_music_prompt: BackgroundMusicPrompt | None = "intense car race"
    """Background music prompt. Cannot exceed 200 characters."""
    asmr_mode: bool = False
    """Enable ASMR mode. This mode enhances detailed sound effects and is suitable for highly
    immersive content scenarios.
    """


class KlingVideoVideoToAudioOutput(OutputModel):
    video: shared.File
    """The original video with dubbed audio applied"""
    audio: shared.File
    """The extracted/generated audio from the video in MP3 format"""


SoundEffectPrompt = TypeAliasType("SoundEffectPrompt", Annotated[str, Field(max_length=200)])
"""Sound effect prompt. Cannot exceed 200 characters."""
