# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Sam2AutoSegmentInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be automatically segmented",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to be automatically segmented"""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    points_per_side: Annotated[
        int, Field(description="Number of points to sample along each side of the image.")
    ] = 32
    """Number of points to sample along each side of the image."""

    pred_iou_thresh: Annotated[float, Field(description="Threshold for predicted IOU score.")] = (
        0.88
    )
    """Threshold for predicted IOU score."""

    stability_score_thresh: Annotated[
        float, Field(description="Threshold for stability score.")
    ] = 0.95
    """Threshold for stability score."""

    min_mask_region_area: Annotated[int, Field(description="Minimum area of a mask region.")] = 100
    """Minimum area of a mask region."""


class Sam2AutoSegmentOutput(OutputModel):
    combined_mask: Annotated[shared.Image, Field(description="Combined segmentation mask.")]
    """Combined segmentation mask."""

    individual_masks: Annotated[
        list[shared.Image], Field(description="Individual segmentation masks.")
    ]
    """Individual segmentation masks."""
