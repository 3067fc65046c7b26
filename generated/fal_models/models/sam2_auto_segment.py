# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Sam2AutoSegmentInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be automatically segmented"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""
    points_per_side: int = 32
    """Number of points to sample along each side of the image."""
    pred_iou_thresh: float = 0.88
    """Threshold for predicted IOU score."""
    stability_score_thresh: float = 0.95
    """Threshold for stability score."""
    min_mask_region_area: int = 100
    """Minimum area of a mask region."""


class Sam2AutoSegmentOutput(OutputModel):
    combined_mask: shared.Image
    """Combined segmentation mask."""
    individual_masks: list[shared.Image]
    """Individual segmentation masks."""
