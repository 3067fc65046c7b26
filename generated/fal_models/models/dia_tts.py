# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class DiaTtsInput(InputModel):
    text: Annotated[str, Field(description="The text to be converted to speech.")]
    """The text to be converted to speech."""


class DiaTtsOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated speech audio")]
    """The generated speech audio"""
