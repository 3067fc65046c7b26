# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

EndTime = TypeAliasType("EndTime", Annotated[float, Field(ge=0.0)])
"""End time in seconds for partial lipsync."""


class HeygenV3LipsyncSpeedInput(InputModel):
    """Base request for lip-syncing a video (mode is determined by the endpoint)."""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the source video to lip-sync."""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the replacement audio file."""
    title: str | None | MISSING = MISSING
    """Optional title for the lipsync job."""
    enable_caption: bool = False
    """Generate captions in the output video."""
    enable_dynamic_duration: bool = True
    """Allow duration adjustment to match the new audio."""
    disable_music_track: bool = False
    """Remove background music from the source video."""
    enable_speech_enhancement: bool = False
    """Enhance the replacement audio quality."""
    start_time: StartTime | None | MISSING = MISSING
    """Start time in seconds for partial lipsync."""
    end_time: EndTime | None | MISSING = MISSING
    """End time in seconds for partial lipsync."""


class HeygenV3LipsyncSpeedOutput(OutputModel):
    """Output from the Lipsync API."""

    video: shared.File
    """The lip-synced video file with new audio synced."""
    caption_file: shared.File | None | MISSING = MISSING
    """Generated caption file when enable_caption is enabled and HeyGen returns one."""


StartTime = TypeAliasType("StartTime", Annotated[float, Field(ge=0.0)])
"""Start time in seconds for partial lipsync."""
