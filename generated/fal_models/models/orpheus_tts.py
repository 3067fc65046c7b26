# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OrpheusTtsInput(InputModel):
    text: str
    """The text to be converted to speech. You can additionally add the following emotive tags:
    <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>
    """
    voice: Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"] = "tara"
    """Voice ID for the desired voice."""
    temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 0.7
    """Temperature for generation (higher = more creative)."""
    repetition_penalty: Annotated[float, Field(ge=1.1, le=2.0)] = 1.2
    """Repetition penalty (>= 1.1 required for stable generations)."""


class OrpheusTtsOutput(OutputModel):
    audio: shared.File
    """The generated speech audio"""
