# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting25(InputModel):
    sample_rate: Literal[16000, 24000, 32000, 44100] = 44100
    """Sample rate of generated audio"""
    bitrate: Literal[32000, 64000, 128000, 256000] = 256000
    """Bitrate of generated audio"""
    format: Literal["mp3", "wav", "pcm"] = "mp3"
    """Audio format"""


class MinimaxMusicV2_6Input(InputModel):
    prompt: Annotated[str, Field(max_length=2000, min_length=10)]
    """A description of the music style, mood, genre, and scenario. 10-2000 characters."""
    lyrics: Annotated[str, Field(max_length=3500)] = ""
    """Lyrics of the song. Use \\n to separate lines. Supports structure tags: [Intro], [Verse],
    [Pre Chorus], [Chorus], [Post Chorus], [Hook], [Bridge], [Interlude], [Transition], [Build
    Up], [Break], [Inst], [Solo], [Outro]. Max 3500 characters. Required when is_instrumental
    is false.
    """
    lyrics_optimizer: bool = False
    """When true and lyrics is empty, auto-generates lyrics from the prompt."""
    is_instrumental: bool = False
    """When true, generates vocal-free instrumental music."""
    audio_setting: AudioSetting25 | MISSING = MISSING
    """Audio configuration settings"""


class MinimaxMusicV2_6Output(OutputModel):
    audio: shared.File
    """The generated music"""
