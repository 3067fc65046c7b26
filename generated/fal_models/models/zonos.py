# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ZonosInput(InputModel):
    reference_audio_url: Annotated[
        str, Field(description="The reference audio.", json_schema_extra={"x-fal-file": True})
    ]
    """The reference audio."""

    prompt: Annotated[str, Field(description="The content generated using cloned voice.")]
    """The content generated using cloned voice."""


class ZonosOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio")]
    """The generated audio"""
