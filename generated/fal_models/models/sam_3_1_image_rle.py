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


class MaskMetadata(OutputModel):
    index: int
    """Index of the mask inside the model output."""
    score: float | None | MISSING = MISSING
    """Score for this mask."""
    box: list[float] | None | MISSING = MISSING
    """Bounding box for the mask in normalized cxcywh coordinates."""


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


class Sam3_1ImageRleInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be segmented"""
    prompt: str = "wheel"
    """Text prompt for segmentation"""
    point_prompts: Annotated[list[PointPrompt], Field(validate_default=True)] = []
    """List of point prompts"""
    box_prompts: Annotated[list[BoxPrompt], Field(validate_default=True)] = []
    """Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes supported - use
    object_id to group boxes for the same object or leave empty for separate objects.
    """
    apply_mask: bool = True
    """Apply the mask on the image."""
    sync_mode: bool = False
    """If True, the media will be returned as a data URI."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    return_multiple_masks: bool = False
    """If True, upload and return multiple generated masks as defined by `max_masks`."""
    max_masks: Annotated[int, Field(ge=1, le=32)] = 3
    """Maximum number of masks to return when `return_multiple_masks` is enabled."""
    include_scores: bool = False
    """Whether to include mask confidence scores."""
    include_boxes: bool = False
    """Whether to include bounding boxes for each mask (when available)."""


class Sam3_1ImageRleOutput(OutputModel):
    rle: str | list[str]
    """Run Length Encoding of the mask."""
    boundingbox_frames_zip: shared.File | None | MISSING = MISSING
    """Zip file containing per-frame bounding box overlays."""
    metadata: list[MaskMetadata] | None | MISSING = MISSING
    """Per-mask metadata when multiple RLEs are returned."""
    scores: list[float | None] | None | MISSING = MISSING
    """Per-mask confidence scores when requested."""
    boxes: list[list[float] | None] | None | MISSING = MISSING
    """Per-mask normalized bounding boxes [cx, cy, w, h] when requested."""
