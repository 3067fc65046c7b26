# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPrompt(InputModel):
    x_min: int = 0
    """X Min Coordinate of the box"""
    y_min: int = 0
    """Y Min Coordinate of the box"""
    x_max: int = 0
    """X Max Coordinate of the prompt"""
    y_max: int = 0
    """Y Max Coordinate of the prompt"""
    frame_index: int = 0
    """The frame index to interact with."""


class PointPrompt(InputModel):
    x: int = 305
    """X Coordinate of the prompt"""
    y: int = 350
    """Y Coordinate of the prompt"""
    label: Literal[0, 1] = 1
    """Label of the prompt. 1 for foreground, 0 for background"""
    frame_index: int = 0
    """The frame index to interact with."""


class Sam2VideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to be segmented."""
    mask_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The URL of the mask to be applied initially."""
    prompts: Annotated[list[PointPrompt], Field(validate_default=True)] = []
    """List of prompts to segment the video"""
    box_prompts: Annotated[list[BoxPrompt], Field(validate_default=True)] = []
    """Coordinates for boxes"""
    apply_mask: bool = False
    """Apply the mask on the video."""
    boundingbox_zip: bool = False
    """Return per-frame bounding box overlays as a zip archive."""


class Sam2VideoOutput(OutputModel):
    video: shared.File
    """The segmented video."""
    boundingbox_frames_zip: shared.File | None | MISSING = MISSING
    """Zip file containing per-frame bounding box overlays."""
