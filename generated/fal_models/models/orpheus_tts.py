# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OrpheusTtsInput(InputModel):
    text: Annotated[
        str,
        Field(
            description="The text to be converted to speech. You can additionally add the "
            "following emotive tags: <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, "
            "<yawn>, <gasp>"
        ),
    ]
    """The text to be converted to speech. You can additionally add the following emotive tags:
    <laugh>, <chuckle>, <sigh>, <cough>, <sniffle>, <groan>, <yawn>, <gasp>
    """

    voice: Annotated[
        Literal["tara", "leah", "jess", "leo", "dan", "mia", "zac", "zoe"],
        Field(description="Voice ID for the desired voice."),
    ] = "tara"
    """Voice ID for the desired voice."""

    temperature: Annotated[
        float,
        Field(description="Temperature for generation (higher = more creative).", ge=0.0, le=2.0),
    ] = 0.7
    """Temperature for generation (higher = more creative)."""

    repetition_penalty: Annotated[
        float,
        Field(
            description="Repetition penalty (>= 1.1 required for stable generations).",
            ge=1.1,
            le=2.0,
        ),
    ] = 1.2
    """Repetition penalty (>= 1.1 required for stable generations)."""


class OrpheusTtsOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated speech audio")]
    """The generated speech audio"""
