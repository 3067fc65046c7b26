# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ChatterboxSpeechToSpeechInput(InputModel):
    source_audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    target_voice_audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL to an audio file to use as a reference for the generated "
            "speech. If provided, the model will try to match the style and tone of the reference "
            "audio.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL to an audio file to use as a reference for the generated speech. If provided,
    the model will try to match the style and tone of the reference audio.
    """


class ChatterboxSpeechToSpeechOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated speech audio")]
    """The generated speech audio"""
