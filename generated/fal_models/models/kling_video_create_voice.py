# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class KlingVideoCreateVoiceInput(InputModel):
    """Request model for creating a custom voice."""

    voice_url: Annotated[
        str,
        Field(
            description="URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov "
            "video. Duration must be 5-30 seconds with clean, single-voice audio.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the voice audio file. Supports .mp3/.wav audio or .mp4/.mov video. Duration must be
    5-30 seconds with clean, single-voice audio.
    """


class KlingVideoCreateVoiceOutput(OutputModel):
    """Response model for creating a custom voice."""

    voice_id: Annotated[str, Field(description="Unique identifier for the created voice")]
    """Unique identifier for the created voice"""
