# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class StableAudioInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate audio from")]
    """The prompt to generate audio from"""

    seconds_start: Annotated[
        int, Field(description="The start point of the audio clip to generate", ge=0, le=47)
    ] = 0
    """The start point of the audio clip to generate"""

    seconds_total: Annotated[
        int, Field(description="The duration of the audio clip to generate", ge=0, le=47)
    ] = 30
    """The duration of the audio clip to generate"""

    steps: Annotated[
        int, Field(description="The number of steps to denoise the audio for", ge=2, le=1000)
    ] = 100
    """The number of steps to denoise the audio for"""


class StableAudioOutput(OutputModel):
    audio_file: Annotated[shared.File, Field(description="The generated audio clip")]
    """The generated audio clip"""
