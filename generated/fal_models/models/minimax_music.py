# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxMusicInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Lyrics with optional formatting. You can use a newline to separate each "
            "line of lyrics. You can use two newlines to add a pause between lines. You can use "
            "double hash marks (##) at the beginning and end of the lyrics to add accompaniment. "
            "Maximum 600 characters.",
            max_length=600,
            min_length=1,
        ),
    ]
    """Lyrics with optional formatting. You can use a newline to separate each line of lyrics.
    You can use two newlines to add a pause between lines. You can use double hash marks (##)
    at the beginning and end of the lyrics to add accompaniment. Maximum 600 characters.
    """

    reference_audio_url: Annotated[
        str,
        Field(
            description="Reference song, should contain music and vocals. Must be a .wav or .mp3 "
            "file longer than 15 seconds.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference song, should contain music and vocals. Must be a .wav or .mp3 file longer than
    15 seconds.
    """


class MinimaxMusicOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
