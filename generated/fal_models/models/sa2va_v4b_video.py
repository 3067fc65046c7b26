# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumFramesToSample = TypeAliasType(
    "NumFramesToSample",
    Annotated[
        int,
        Field(
            description="Number of frames to sample from the video. Defaults to 32 if not "
            "provided. Minimum 5, maximum 100.",
            ge=5,
            le=100,
        ),
    ],
)


class Sa2va4bVideoInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt to be used for the chat completion")]
    """Prompt to be used for the chat completion"""

    video_url: Annotated[
        str,
        Field(description="The URL of the input video.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the input video."""

    num_frames_to_sample: Annotated[
        NumFramesToSample | None | MISSING,
        Field(
            description="Number of frames to sample from the video. Defaults to 32 if not "
            "provided. Minimum 5, maximum 100."
        ),
    ] = MISSING
    """Number of frames to sample from the video. Defaults to 32 if not provided. Minimum 5,
    maximum 100.
    """


class Sa2va4bVideoOutput(OutputModel):
    output: Annotated[str, Field(description="Generated output")]
    """Generated output"""

    masks: Annotated[list[shared.File], Field(description="Dictionary of label: mask video")]
    """Dictionary of label: mask video"""
