# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BytedanceOmnihumanInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image used to generate the video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image used to generate the video"""

    audio_url: Annotated[
        str,
        Field(
            description="The URL of the audio file to generate the video. Audio must be under 30s "
            "long.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the audio file to generate the video. Audio must be under 30s long."""


class BytedanceOmnihumanOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""

    duration: Annotated[
        float, Field(description="Duration of audio input/video output as used for billing.")
    ]
    """Duration of audio input/video output as used for billing."""
