# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class SileroVadInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the audio to get speech timestamps from."""


class SileroVadOutput(OutputModel):
    has_speech: bool
    """Whether the audio has speech."""
    timestamps: list[SpeechTimestamp]
    """The speech timestamps."""


class SpeechTimestamp(OutputModel):
    start: float
    """The start time of the speech in seconds."""
    end: float
    """The end time of the speech in seconds."""
