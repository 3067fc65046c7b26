# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class SpeechToTextInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="Local filesystem path (or remote URL) to a long audio file",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Local filesystem path (or remote URL) to a long audio file"""

    use_pnc: Annotated[
        bool, Field(description="Whether to use Canary's built-in punctuation & capitalization")
    ] = True
    """Whether to use Canary's built-in punctuation & capitalization"""


class SpeechToTextOutput(OutputModel):
    output: Annotated[
        str, Field(description="The partial or final transcription output from Canary")
    ]
    """The partial or final transcription output from Canary"""

    partial: Annotated[
        bool, Field(description="Indicates if this is a partial (in-progress) transcript")
    ] = False
    """Indicates if this is a partial (in-progress) transcript"""
