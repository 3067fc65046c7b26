# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting25(InputModel):
    sample_rate: Annotated[
        Literal[16000, 24000, 32000, 44100], Field(description="Sample rate of generated audio")
    ] = 44100
    """Sample rate of generated audio"""

    bitrate: Annotated[
        Literal[32000, 64000, 128000, 256000], Field(description="Bitrate of generated audio")
    ] = 256000
    """Bitrate of generated audio"""

    format: Annotated[Literal["mp3", "wav", "pcm"], Field(description="Audio format")] = "mp3"
    """Audio format"""


class MinimaxMusicV2_6Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="A description of the music style, mood, genre, and scenario. 10-2000 "
            "characters.",
            max_length=2000,
            min_length=10,
        ),
    ]
    """A description of the music style, mood, genre, and scenario. 10-2000 characters."""

    lyrics: Annotated[
        str,
        Field(
            description="Lyrics of the song. Use \\n to separate lines. Supports structure tags: "
            "[Intro], [Verse], [Pre Chorus], [Chorus], [Post Chorus], [Hook], [Bridge], "
            "[Interlude], [Transition], [Build Up], [Break], [Inst], [Solo], [Outro]. Max 3500 "
            "characters. Required when is_instrumental is false.",
            max_length=3500,
        ),
    ] = ""
    """Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro], [Verse],
    [Pre Chorus], [Chorus], [Post Chorus], [Hook], [Bridge], [Interlude], [Transition], [Build
    Up], [Break], [Inst], [Solo], [Outro]. Max 3500 characters. Required when is_instrumental
    is false.
    """

    lyrics_optimizer: Annotated[
        bool,
        Field(description="When true and lyrics is empty, auto-generates lyrics from the prompt."),
    ] = False
    """When true and lyrics is empty, auto-generates lyrics from the prompt."""

    is_instrumental: Annotated[
        bool, Field(description="When true, generates vocal-free instrumental music.")
    ] = False
    """When true, generates vocal-free instrumental music."""

    audio_setting: Annotated[
        AudioSetting25 | MISSING, Field(description="Audio configuration settings")
    ] = MISSING
    """Audio configuration settings"""


class MinimaxMusicV2_6Output(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
