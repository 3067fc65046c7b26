# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class ElevenlabsSpeechToTextScribeV2Input(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the audio file to transcribe"""
    language_code: str | None | MISSING = MISSING
    """Language code of the audio"""
    tag_audio_events: bool = True
    """Tag audio events like laughter, applause, etc."""
    diarize: bool = True
    """Whether to annotate who is speaking"""
    keyterms: Annotated[list[str], Field(max_length=100)] = []
    """Words or sentences to bias the model towards transcribing. Up to 100 keyterms, max 50
    characters each. Adds 30% premium over base transcription price.
    """


class ElevenlabsSpeechToTextScribeV2Output(OutputModel):
    text: str
    """The full transcribed text"""
    language_code: str
    """Detected or specified language code"""
    language_probability: float
    """Confidence in language detection"""
    words: list[TranscriptionWord]
    """Word-level transcription details"""


class TranscriptionWord(OutputModel):
    text: str
    """The transcribed word or audio event"""
    start: float | None | MISSING = MISSING
    """Start time in seconds"""
    end: float | None | MISSING = MISSING
    """End time in seconds"""
    type: str
    """Type of element (word, spacing, or audio_event)"""
    speaker_id: str | None | MISSING = MISSING
    """Speaker identifier if diarization was enabled"""
