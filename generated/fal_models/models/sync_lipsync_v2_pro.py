# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class SyncLipsyncV2ProInput(InputModel):
    video_url: Annotated[
        str, Field(description="URL of the input video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input video"""

    audio_url: Annotated[
        str, Field(description="URL of the input audio", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the input audio"""

    sync_mode: Annotated[
        Literal["cut_off", "loop", "bounce", "silence", "remap"],
        Field(description="Lipsync mode when audio and video durations are out of sync."),
    ] = "cut_off"
    """Lipsync mode when audio and video durations are out of sync."""


class SyncLipsyncV2ProOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
