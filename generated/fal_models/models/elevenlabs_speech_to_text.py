# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING


class ElevenlabsSpeechToTextInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to transcribe",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the audio file to transcribe"""

    language_code: Annotated[
        str | None | MISSING, Field(description="Language code of the audio")
    ] = MISSING
    """Language code of the audio"""

    tag_audio_events: Annotated[
        bool, Field(description="Tag audio events like laughter, applause, etc.")
    ] = True
    """Tag audio events like laughter, applause, etc."""

    diarize: Annotated[bool, Field(description="Whether to annotate who is speaking")] = True
    """Whether to annotate who is speaking"""


class TranscriptionWord(OutputModel):
    text: Annotated[str, Field(description="The transcribed word or audio event")]
    """The transcribed word or audio event"""

    start: Annotated[float | None | MISSING, Field(description="Start time in seconds")] = MISSING
    """Start time in seconds"""

    end: Annotated[float | None | MISSING, Field(description="End time in seconds")] = MISSING
    """End time in seconds"""

    type: Annotated[str, Field(description="Type of element (word, spacing, or audio_event)")]
    """Type of element (word, spacing, or audio_event)"""

    speaker_id: Annotated[
        str | None | MISSING, Field(description="Speaker identifier if diarization was enabled")
    ] = MISSING
    """Speaker identifier if diarization was enabled"""


class ElevenlabsSpeechToTextOutput(OutputModel):
    text: Annotated[str, Field(description="The full transcribed text")]
    """The full transcribed text"""

    language_code: Annotated[str, Field(description="Detected or specified language code")]
    """Detected or specified language code"""

    language_probability: Annotated[float, Field(description="Confidence in language detection")]
    """Confidence in language detection"""

    words: Annotated[list[TranscriptionWord], Field(description="Word-level transcription details")]
    """Word-level transcription details"""
