# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPromptBase(InputModel):
    x_min: int | None | MISSING = MISSING
    """X Min Coordinate of the box"""
    y_min: int | None | MISSING = MISSING
    """Y Min Coordinate of the box"""
    x_max: int | None | MISSING = MISSING
    """X Max Coordinate of the box"""
    y_max: int | None | MISSING = MISSING
    """Y Max Coordinate of the box"""
    object_id: int | None | MISSING = MISSING
    """Optional object identifier. Boxes sharing an object id refine the same object."""


class PointPromptBase(InputModel):
    x: int | None | MISSING = MISSING
    """X Coordinate of the prompt"""
    y: int | None | MISSING = MISSING
    """Y Coordinate of the prompt"""
    label: Literal[0, 1] | None | MISSING = MISSING
    """1 for foreground, 0 for background"""
    object_id: int | None | MISSING = MISSING
    """Optional object identifier. Prompts sharing an object id refine the same object."""


class Sam3VideoInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to be segmented."""
    prompt: str = ""
    """Text prompt for segmentation. Use commas to track multiple objects (e.g., 'person,
    cloth').
    """
    text_prompt: str | None | MISSING = MISSING
    """[DEPRECATED] Use 'prompt' instead. Kept for backward compatibility."""
    point_prompts: Annotated[list[PointPromptBase], Field(validate_default=True)] = []
    """List of point prompts"""
    box_prompts: Annotated[list[BoxPromptBase], Field(validate_default=True)] = []
    """List of box prompt coordinates (x_min, y_min, x_max, y_max)."""
    apply_mask: bool = True
    """Apply the mask on the video."""
    video_output_type: Literal["X264 (.mp4)", "VP9 (.webm)"] = "X264 (.mp4)"
    """The output type of the generated video."""
    detection_threshold: Annotated[float, Field(ge=0.1, le=1.0)] = 0.5
    """Detection confidence threshold (0.0-1.0). Lower = more detections but less precise."""


class Sam3VideoOutput(OutputModel):
    video: shared.File
    """The segmented video."""
    boundingbox_frames_zip: shared.File | None | MISSING = MISSING
    """Zip file containing per-frame bounding box overlays."""
