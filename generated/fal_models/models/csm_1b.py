# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Speaker(InputModel):
    prompt: str
    speaker_id: int
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]


class Turn(InputModel):
    speaker_id: int
    text: str


class Csm1bInput(InputModel):
    scene: Annotated[list[Turn], Field(description="The text to generate an audio from.")]
    """The text to generate an audio from."""

    context: Annotated[
        list[Speaker] | MISSING, Field(description="The context to generate an audio from.")
    ] = MISSING
    """The context to generate an audio from."""


class Csm1bOutput(OutputModel):
    audio: Annotated[
        shared.File | str,
        Field(description="The generated audio. Not checked by the client: format binary."),
    ]
    """The generated audio. Not checked by the client: format binary."""
