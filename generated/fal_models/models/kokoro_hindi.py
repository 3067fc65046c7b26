# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KokoroHindiInput(InputModel):
    prompt: str
    voice: Annotated[
        Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        Field(description="Voice ID for the desired voice."),
    ]
    """Voice ID for the desired voice."""

    speed: Annotated[
        float, Field(description="Speed of the generated audio. Default is 1.0.", ge=0.1, le=5.0)
    ] = 1
    """Speed of the generated audio. Default is 1.0."""


class KokoroHindiOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated music")]
    """The generated music"""
