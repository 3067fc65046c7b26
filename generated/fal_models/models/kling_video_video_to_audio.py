# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

from . import shared

SoundEffectPrompt = TypeAliasType(
    "SoundEffectPrompt",
    Annotated[
        str, Field(description="Sound effect prompt. Cannot exceed 200 characters.", max_length=200)
    ],
)


BackgroundMusicPrompt = TypeAliasType(
    "BackgroundMusicPrompt",
    Annotated[
        str,
        Field(description="Background music prompt. Cannot exceed 200 characters.", max_length=200),
    ],
)


class KlingVideoVideoToAudioInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The video URL to extract audio from. Only .mp4/.mov formats are "
            "supported. File size does not exceed 100MB. Video duration between 3.0s and 20.0s.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The video URL to extract audio from. Only .mp4/.mov formats are supported. File size does
    not exceed 100MB. Video duration between 3.0s and 20.0s.
    """

    sound_effect_prompt: Annotated[
        SoundEffectPrompt | None,
        Field(description="Sound effect prompt. Cannot exceed 200 characters."),
    ] = "Car tires screech as they accelerate in a drag race"
    """Sound effect prompt. Cannot exceed 200 characters."""

    background_music_prompt: Annotated[
        BackgroundMusicPrompt | None,
        Field(description="Background music prompt. Cannot exceed 200 characters."),
    ] = "intense car race"
    """Background music prompt. Cannot exceed 200 characters."""

    asmr_mode: Annotated[
        bool,
        Field(
            description="Enable ASMR mode. This mode enhances detailed sound effects and is "
            "suitable for highly immersive content scenarios."
        ),
    ] = False
    """Enable ASMR mode. This mode enhances detailed sound effects and is suitable for highly
    immersive content scenarios.
    """


class KlingVideoVideoToAudioOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The original video with dubbed audio applied")]
    """The original video with dubbed audio applied"""

    audio: Annotated[
        shared.File, Field(description="The extracted/generated audio from the video in MP3 format")
    ]
    """The extracted/generated audio from the video in MP3 format"""
