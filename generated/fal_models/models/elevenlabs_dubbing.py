# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsDubbingInput(InputModel):
    audio_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of the audio file to dub. Either audio_url or video_url must be provided."""
    video_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """URL of the video file to dub. Either audio_url or video_url must be provided. If both are
    provided, video_url takes priority.
    """
    target_lang: str
    """Target language code for dubbing (ISO 639-1)"""
    source_lang: str | None | MISSING = MISSING
    """Source language code. If not provided, will be auto-detected."""
    num_speakers: NumSpeakers | None | MISSING = MISSING
    """Number of speakers in the audio. If not provided, will be auto-detected."""
    highest_resolution: bool = True
    """Whether to use the highest resolution for dubbing."""


class ElevenlabsDubbingOutput(OutputModel):
    video: shared.File
    """The dubbed video file. Will be populated if video_url was provided in the request."""
    target_lang: str
    """The target language of the dubbed content"""


NumSpeakers = TypeAliasType("NumSpeakers", Annotated[int, Field(ge=1, le=50)])
"""Number of speakers in the audio. If not provided, will be auto-detected."""
