# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class AudioUnderstandingInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the audio file to analyze"""
    prompt: Annotated[str, Field(max_length=10000, min_length=1)]
    """The question or prompt about the audio content."""
    detailed_analysis: bool = False
    """Whether to request a more detailed analysis of the audio"""


class AudioUnderstandingOutput(OutputModel):
    output: str
    """The analysis of the audio content based on the prompt"""
