# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class WorkflowUtilitiesExtractNthFrameInput(InputModel):
    """Input model for extracting every Nth frame from a video"""

    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video file to extract frames from"""
    frame_interval: Annotated[int, Field(ge=1, le=300)] = 12
    """Extract every Nth frame (e.g., 3 = every 3rd frame, 12 = every 12th frame)"""
    output_format: Literal["png", "jpg", "jpeg", "webp"] = "png"
    """Output format for extracted frames"""
    max_frames: Annotated[int, Field(ge=1, le=500)] = 100
    """Maximum number of frames to extract"""
    quality: Annotated[int, Field(ge=1, le=100)] = 95
    """Quality for jpg/webp output (1-100)"""


class WorkflowUtilitiesExtractNthFrameOutput(OutputModel):
    """Output model for extracted frames"""

    images: list[shared.Image]
    """Array of extracted frame images"""
    frame_count: int
    """Total number of frames extracted"""
