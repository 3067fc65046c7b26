# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MusetalkInput(InputModel):
    source_video_url: Annotated[
        str, Field(description="URL of the source video", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the source video"""

    audio_url: Annotated[
        str, Field(description="URL of the audio", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the audio"""


class MusetalkOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video file.")]
    """The generated video file."""
