# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class AudioUnderstandingInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to analyze", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the audio file to analyze"""

    prompt: Annotated[
        str,
        Field(
            description="The question or prompt about the audio content.",
            max_length=10000,
            min_length=1,
        ),
    ]
    """The question or prompt about the audio content."""

    detailed_analysis: Annotated[
        bool, Field(description="Whether to request a more detailed analysis of the audio")
    ] = False
    """Whether to request a more detailed analysis of the audio"""


class AudioUnderstandingOutput(OutputModel):
    output: Annotated[
        str, Field(description="The analysis of the audio content based on the prompt")
    ]
    """The analysis of the audio content based on the prompt"""
