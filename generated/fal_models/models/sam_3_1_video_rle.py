# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPrompt(InputModel):
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
    frame_index: int | None | MISSING = MISSING
    """The frame index to interact with."""


class PointPrompt(InputModel):
    x: int | None | MISSING = MISSING
    """X Coordinate of the prompt"""
    y: int | None | MISSING = MISSING
    """Y Coordinate of the prompt"""
    label: Literal[0, 1] | None | MISSING = MISSING
    """1 for foreground, 0 for background"""
    object_id: int | None | MISSING = MISSING
    """Optional object identifier. Prompts sharing an object id refine the same object."""
    frame_index: int | None | MISSING = MISSING
    """The frame index to interact with."""


class Sam3_1VideoRleInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the video to be segmented."""
    mask_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The URL of the mask to be applied initially."""
    prompt: str = ""
    """Text prompt for segmentation. Use commas to track multiple objects (e.g., 'person,
    cloth').
    """
    point_prompts: Annotated[list[PointPrompt], Field(validate_default=True)] = []
    """List of point prompts with frame indices."""
    box_prompts: Annotated[list[BoxPrompt], Field(validate_default=True)] = []
    """List of box prompts with optional frame_index."""
    apply_mask: bool = False
    """Apply the mask on the video."""
    boundingbox_zip: bool = False
    """Return per-frame bounding box overlays as a zip archive."""
    detection_threshold: Annotated[float, Field(ge=0.01, le=1.0)] = 0.5
    """Detection confidence threshold (0.0-1.0). Lower = more detections but less precise.
    Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if text prompts fail.
    """
    frame_index: int = 0
    """Frame index used for initial interaction when mask_url is provided."""
    max_num_objects: Annotated[int, Field(ge=1, le=128)] = 16
    """Maximum number of objects to track in the video."""


class Sam3_1VideoRleOutput(OutputModel):
    video: shared.File
    """The segmented video."""
    boundingbox_frames_zip: shared.File | None | MISSING = MISSING
    """Zip file containing per-frame bounding box overlays."""
