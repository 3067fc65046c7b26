# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting(InputModel):
    sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100] = 44100
    """Sample rate of generated audio"""
    bitrate: Literal[32000, 64000, 128000, 256000] = 256000
    """Bitrate of generated audio"""
    format: Literal["mp3", "pcm", "flac"] = "mp3"
    """Audio format"""


class MinimaxMusicV2Input(InputModel):
    prompt: Annotated[str, Field(max_length=2000, min_length=10)]
    """A description of the music, specifying style, mood, and scenario. 10-300 characters."""
    lyrics_prompt: Annotated[str, Field(max_length=3000, min_length=10)]
    """Lyrics of the song. Use n to separate lines. You may add structure tags like [Intro],
    [Verse], [Chorus], [Bridge], [Outro] to enhance the arrangement. 10-3000 characters.
    """
    audio_setting: AudioSetting | MISSING = MISSING
    """Audio configuration settings"""


class MinimaxMusicV2Output(OutputModel):
    audio: shared.File
    """The generated music"""
