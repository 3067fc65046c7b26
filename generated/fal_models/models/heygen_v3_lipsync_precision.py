# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

StartTime = TypeAliasType(
    "StartTime",
    Annotated[float, Field(description="Start time in seconds for partial lipsync.", ge=0.0)],
)


EndTime = TypeAliasType(
    "EndTime",
    Annotated[float, Field(description="End time in seconds for partial lipsync.", ge=0.0)],
)


class HeygenV3LipsyncPrecisionInput(InputModel):
    """Base request for lip-syncing a video (mode is determined by the endpoint)."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the source video to lip-sync.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the source video to lip-sync."""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the replacement audio file.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the replacement audio file."""

    title: Annotated[
        str | None | MISSING, Field(description="Optional title for the lipsync job.")
    ] = MISSING
    """Optional title for the lipsync job."""

    enable_caption: Annotated[bool, Field(description="Generate captions in the output video.")] = (
        False
    )
    """Generate captions in the output video."""

    enable_dynamic_duration: Annotated[
        bool, Field(description="Allow duration adjustment to match the new audio.")
    ] = True
    """Allow duration adjustment to match the new audio."""

    disable_music_track: Annotated[
        bool, Field(description="Remove background music from the source video.")
    ] = False
    """Remove background music from the source video."""

    enable_speech_enhancement: Annotated[
        bool, Field(description="Enhance the replacement audio quality.")
    ] = False
    """Enhance the replacement audio quality."""

    start_time: Annotated[
        StartTime | None | MISSING, Field(description="Start time in seconds for partial lipsync.")
    ] = MISSING
    """Start time in seconds for partial lipsync."""

    end_time: Annotated[
        EndTime | None | MISSING, Field(description="End time in seconds for partial lipsync.")
    ] = MISSING
    """End time in seconds for partial lipsync."""


class HeygenV3LipsyncPrecisionOutput(OutputModel):
    """Output from the Lipsync API."""

    video: Annotated[
        shared.File, Field(description="The lip-synced video file with new audio synced.")
    ]
    """The lip-synced video file with new audio synced."""

    caption_file: Annotated[
        shared.File | None | MISSING,
        Field(
            description="Generated caption file when enable_caption is enabled and HeyGen returns "
            "one."
        ),
    ] = MISSING
    """Generated caption file when enable_caption is enabled and HeyGen returns one."""
