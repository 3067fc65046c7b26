# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel

from . import shared


class DiaTtsInput(InputModel):
    text: str
    """The text to be converted to speech."""


class DiaTtsOutput(OutputModel):
    audio: shared.File
    """The generated speech audio"""
