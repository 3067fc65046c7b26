# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class CassetteaiSoundEffectsGeneratorInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate SFX.")]
    """The prompt to generate SFX."""

    duration: Annotated[
        int, Field(description="The duration of the generated SFX in seconds.", ge=1, le=30)
    ]
    """The duration of the generated SFX in seconds."""


class CassetteaiSoundEffectsGeneratorOutput(OutputModel):
    """Example Pydantic model showing how to include a File in the output."""

    audio_file: Annotated[shared.File, Field(description="The generated SFX")]
    """The generated SFX"""
