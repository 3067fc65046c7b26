# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Duration = TypeAliasType(
    "Duration",
    Annotated[
        float,
        Field(
            description="Duration in seconds from start_time. Ignored if end_time is provided.",
            gt=0.0,
        ),
    ],
)


class WorkflowUtilitiesTrimVideoInput(InputModel):
    """Input model for trimming a video to a specified time range"""

    video_url: Annotated[
        str,
        Field(description="URL of the video file to trim", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the video file to trim"""

    start_time: Annotated[float, Field(description="Start time in seconds", ge=0.0)] = 1
    """Start time in seconds"""

    end_time: Annotated[
        float | None | MISSING,
        Field(description="End time in seconds. If not provided, uses duration instead."),
    ] = MISSING
    """End time in seconds. If not provided, uses duration instead."""

    duration: Annotated[
        Duration | None,
        Field(description="Duration in seconds from start_time. Ignored if end_time is provided."),
    ] = 2
    """Duration in seconds from start_time. Ignored if end_time is provided."""


class WorkflowUtilitiesTrimVideoOutput(OutputModel):
    """Output model for trimmed video"""

    video: Annotated[shared.File, Field(description="The trimmed video")]
    """The trimmed video"""

    original_duration: Annotated[
        float, Field(description="Duration of the original video in seconds")
    ]
    """Duration of the original video in seconds"""

    trimmed_duration: Annotated[
        float, Field(description="Duration of the trimmed video in seconds")
    ]
    """Duration of the trimmed video in seconds"""
