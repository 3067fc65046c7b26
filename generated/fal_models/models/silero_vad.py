# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class SileroVadInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio to get speech timestamps from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio to get speech timestamps from."""


class SpeechTimestamp(OutputModel):
    start: Annotated[float, Field(description="The start time of the speech in seconds.")]
    """The start time of the speech in seconds."""

    end: Annotated[float, Field(description="The end time of the speech in seconds.")]
    """The end time of the speech in seconds."""


class SileroVadOutput(OutputModel):
    has_speech: Annotated[bool, Field(description="Whether the audio has speech.")]
    """Whether the audio has speech."""

    timestamps: Annotated[list[SpeechTimestamp], Field(description="The speech timestamps.")]
    """The speech timestamps."""
