# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class CassetteaiSoundEffectsGeneratorInput(InputModel):
    prompt: str
    """The prompt to generate SFX."""
    duration: Annotated[int, Field(ge=1, le=30)]
    """The duration of the generated SFX in seconds."""


class CassetteaiSoundEffectsGeneratorOutput(OutputModel):
    """Example Pydantic model showing how to include a File in the output."""

    audio_file: shared.File
    """The generated SFX"""
