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


class MinimaxMusicV2Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="A description of the music, specifying style, mood, and scenario. 10-300 "
            "characters.",
            max_length=2000,
            min_length=10,
        ),
    ]
    """A description of the music, specifying style, mood, and scenario. 10-300 characters."""

    lyrics_prompt: Annotated[
        str,
        Field(
            description="Lyrics of the song. Use n to separate lines. You may add structure tags "
            "like [Intro], [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement. "
            "10-3000 characters.",
            max_length=3000,
            min_length=10,
        ),
    ]
    """Lyrics of the song. Use n to separate lines. You may add structure tags like [Intro],
    [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement. 10-3000 characters.
    """

    audio_setting: Annotated[
        AudioSetting | MISSING, Field(description="Audio configuration settings")
    ] = MISSING
    """Audio configuration settings"""


class MinimaxMusicV2Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
