# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingVideoLipsyncAudioToVideoInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to generate the lip sync for. Supports .mp4/.mov, "
            "≤100MB, 2–10s, 720p/1080p only, width/height 720–1920px.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to generate the lip sync for. Supports .mp4/.mov, ≤100MB, 2–10s,
    720p/1080p only, width/height 720–1920px.
    """

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio to generate the lip sync for. Minimum duration is "
            "2s and maximum duration is 60s. Maximum file size is 5MB.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio to generate the lip sync for. Minimum duration is 2s and maximum
    duration is 60s. Maximum file size is 5MB.
    """


class KlingVideoLipsyncAudioToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
