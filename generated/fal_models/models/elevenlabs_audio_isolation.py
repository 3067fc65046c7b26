# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ElevenlabsAudioIsolationInput(InputModel):
    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the audio file to isolate voice from",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the audio file to isolate voice from"""

    video_url: Annotated[
        str | None | MISSING,
        Field(
            description="Video file to use for audio isolation. Either `audio_url` or `video_url` "
            "must be provided.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Video file to use for audio isolation. Either `audio_url` or `video_url` must be provided."""


class ElevenlabsAudioIsolationOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file")]
    """The generated audio file"""

    timestamps: Annotated[
        list[Any] | None | MISSING,
        Field(
            description="Timestamps for each word in the generated speech. Only returned if "
            "`timestamps` is set to True in the request."
        ),
    ] = MISSING
    """Timestamps for each word in the generated speech. Only returned if `timestamps` is set to
    True in the request.
    """
