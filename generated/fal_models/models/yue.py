# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from fal_models._base import InputModel, OutputModel

from . import shared


class YueInput(InputModel):
    lyrics: str
    """The prompt to generate an image from. Must have two sections. Sections start with either
    [chorus] or a [verse].
    """
    genres: str
    """The genres (separated by a space ' ') to guide the music generation."""


class YueOutput(OutputModel):
    audio: shared.File
    """Generated music file."""
