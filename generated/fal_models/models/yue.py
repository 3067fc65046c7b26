# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class YueInput(InputModel):
    lyrics: Annotated[
        str,
        Field(
            description="The prompt to generate an image from. Must have two sections. Sections "
            "start with either [chorus] or a [verse]."
        ),
    ]
    """The prompt to generate an image from. Must have two sections. Sections start with either
    [chorus] or a [verse].
    """

    genres: Annotated[
        str,
        Field(description="The genres (separated by a space ' ') to guide the music generation."),
    ]
    """The genres (separated by a space ' ') to guide the music generation."""


class YueOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="Generated music file.")]
    """Generated music file."""
