# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

FramesPerSecond = TypeAliasType(
    "FramesPerSecond",
    Annotated[
        float,
        Field(
            description="Frame rate of the interleaved output video. When set, all interleaved "
            "frames are emitted at this rate, so lower values produce a longer output while "
            "higher values produce a shorter, faster one. Leave unset to preserve the legacy "
            "behavior, which derives the output rate from the input videos (this can yield "
            "non-standard rates such as 384.0098).",
            ge=1.0,
            le=120.0,
        ),
    ],
)


class WorkflowUtilitiesInterleaveVideoInput(InputModel):
    """Input model for interleaving multiple videos"""

    video_urls: Annotated[
        list[str],
        Field(
            description="List of video URLs to interleave in order",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of video URLs to interleave in order"""

    frames_per_second: Annotated[
        FramesPerSecond | None | MISSING,
        Field(
            description="Frame rate of the interleaved output video. When set, all interleaved "
            "frames are emitted at this rate, so lower values produce a longer output while "
            "higher values produce a shorter, faster one. Leave unset to preserve the legacy "
            "behavior, which derives the output rate from the input videos (this can yield "
            "non-standard rates such as 384.0098)."
        ),
    ] = MISSING
    """Frame rate of the interleaved output video. When set, all interleaved frames are emitted
    at this rate, so lower values produce a longer output while higher values produce a
    shorter, faster one. Leave unset to preserve the legacy behavior, which derives the output
    rate from the input videos (this can yield non-standard rates such as 384.0098).
    """


class WorkflowUtilitiesInterleaveVideoOutput(OutputModel):
    """Output model for interleaved video"""

    video: Annotated[shared.File, Field(description="The interleaved video output")]
    """The interleaved video output"""
