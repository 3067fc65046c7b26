# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesExtractNthFrameInput(InputModel):
    """Input model for extracting every Nth frame from a video"""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video file to extract frames from",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video file to extract frames from"""

    frame_interval: Annotated[
        int,
        Field(
            description="Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th "
            "frame)",
            ge=1,
            le=300,
        ),
    ] = 12
    """Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th frame)"""

    output_format: Annotated[
        Literal["png", "jpg", "jpeg", "webp"],
        Field(description="Output format for extracted frames"),
    ] = "png"
    """Output format for extracted frames"""

    max_frames: Annotated[
        int, Field(description="Maximum number of frames to extract", ge=1, le=500)
    ] = 100
    """Maximum number of frames to extract"""

    quality: Annotated[
        int, Field(description="Quality for jpg/webp output (1-100)", ge=1, le=100)
    ] = 95
    """Quality for jpg/webp output (1-100)"""


class WorkflowUtilitiesExtractNthFrameOutput(OutputModel):
    """Output model for extracted frames"""

    images: Annotated[list[shared.Image], Field(description="Array of extracted frame images")]
    """Array of extracted frame images"""

    frame_count: Annotated[int, Field(description="Total number of frames extracted")]
    """Total number of frames extracted"""
