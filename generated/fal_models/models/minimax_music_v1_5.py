# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting(InputModel):
    sample_rate: Annotated[
        Literal[8000, 16000, 22050, 24000, 32000, 44100],
        Field(description="Sample rate of generated audio"),
    ] = 44100
    """Sample rate of generated audio"""

    bitrate: Annotated[
        Literal[32000, 64000, 128000, 256000], Field(description="Bitrate of generated audio")
    ] = 256000
    """Bitrate of generated audio"""

    format: Annotated[Literal["mp3", "pcm", "flac"], Field(description="Audio format")] = "mp3"
    """Audio format"""


class MinimaxMusicV1_5Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600 "
            "characters.",
            max_length=600,
            min_length=10,
        ),
    ]
    """Lyrics, supports [intro][verse][chorus][bridge][outro] sections. 10-600 characters."""

    audio_setting: Annotated[
        AudioSetting | MISSING, Field(description="Audio configuration settings")
    ] = MISSING
    """Audio configuration settings"""

    lyrics_prompt: Annotated[
        str,
        Field(
            description="Control music generation. 10-3000 characters.",
            max_length=3000,
            min_length=10,
        ),
    ]
    """Control music generation. 10-3000 characters."""


class MinimaxMusicV1_5Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
