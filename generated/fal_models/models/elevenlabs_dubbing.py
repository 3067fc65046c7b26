# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumSpeakers = TypeAliasType(
    "NumSpeakers",
    Annotated[
        int,
        Field(
            description="Number of speakers in the audio. If not provided, will be auto-detected.",
            ge=1,
            le=50,
        ),
    ],
)


class ElevenlabsDubbingInput(InputModel):
    audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the audio file to dub. Either audio_url or video_url must be "
            "provided.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the audio file to dub. Either audio_url or video_url must be provided."""

    video_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the video file to dub. Either audio_url or video_url must be "
            "provided. If both are provided, video_url takes priority.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the video file to dub. Either audio_url or video_url must be provided. If both are
    provided, video_url takes priority.
    """

    target_lang: Annotated[str, Field(description="Target language code for dubbing (ISO 639-1)")]
    """Target language code for dubbing (ISO 639-1)"""

    source_lang: Annotated[
        str | None | MISSING,
        Field(description="Source language code. If not provided, will be auto-detected."),
    ] = MISSING
    """Source language code. If not provided, will be auto-detected."""

    num_speakers: Annotated[
        NumSpeakers | None | MISSING,
        Field(
            description="Number of speakers in the audio. If not provided, will be auto-detected."
        ),
    ] = MISSING
    """Number of speakers in the audio. If not provided, will be auto-detected."""

    highest_resolution: Annotated[
        bool, Field(description="Whether to use the highest resolution for dubbing.")
    ] = True
    """Whether to use the highest resolution for dubbing."""


class ElevenlabsDubbingOutput(OutputModel):
    video: Annotated[
        shared.File,
        Field(
            description="The dubbed video file. Will be populated if video_url was provided in "
            "the request."
        ),
    ]
    """The dubbed video file. Will be populated if video_url was provided in the request."""

    target_lang: Annotated[str, Field(description="The target language of the dubbed content")]
    """The target language of the dubbed content"""
