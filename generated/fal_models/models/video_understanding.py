# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel


class VideoUnderstandingInput(InputModel):
    video_url: Annotated[
        str,
        Field(description="URL of the video to analyze", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the video to analyze"""

    prompt: Annotated[
        str,
        Field(
            description="The question or prompt about the video content.",
            max_length=5000,
            min_length=1,
        ),
    ]
    """The question or prompt about the video content."""

    detailed_analysis: Annotated[
        bool, Field(description="Whether to request a more detailed analysis of the video")
    ] = False
    """Whether to request a more detailed analysis of the video"""


class VideoUnderstandingOutput(OutputModel):
    output: Annotated[
        str, Field(description="The analysis of the video content based on the prompt")
    ]
    """The analysis of the video content based on the prompt"""
