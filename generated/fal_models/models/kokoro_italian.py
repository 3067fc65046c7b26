# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KokoroItalianInput(InputModel):
    prompt: str
    voice: Annotated[
        Literal["if_sara", "im_nicola"], Field(description="Voice ID for the desired voice.")
    ]
    """Voice ID for the desired voice."""

    speed: Annotated[
        float, Field(description="Speed of the generated audio. Default is 1.0.", ge=0.1, le=5.0)
    ] = 1
    """Speed of the generated audio. Default is 1.0."""


class KokoroItalianOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
