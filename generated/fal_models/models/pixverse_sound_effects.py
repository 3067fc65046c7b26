# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PixverseSoundEffectsInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to add sound effects to",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the input video to add sound effects to"""

    original_sound_switch: Annotated[
        bool, Field(description="Whether to keep the original audio from the video")
    ] = False
    """Whether to keep the original audio from the video"""

    prompt: Annotated[
        str,
        Field(
            description="Description of the sound effect to generate. If empty, a random sound "
            "effect will be generated"
        ),
    ] = ""
    """Description of the sound effect to generate. If empty, a random sound effect will be
    generated
    """


class PixverseSoundEffectsOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The video with added sound effects")]
    """The video with added sound effects"""
