# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class CassetteaiMusicGeneratorInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate music from.")]
    """The prompt to generate music from."""

    duration: Annotated[
        int, Field(description="The duration of the generated music in seconds.", ge=10, le=180)
    ]
    """The duration of the generated music in seconds."""


class CassetteaiMusicGeneratorOutput(OutputModel):
    """Example Pydantic model showing how to include a File in the output."""

    audio_file: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
