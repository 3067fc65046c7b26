# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPrompt(InputModel):
    x_min: Annotated[int | None | MISSING, Field(description="X Min Coordinate of the box")] = (
        MISSING
    )
    """X Min Coordinate of the box"""

    y_min: Annotated[int | None | MISSING, Field(description="Y Min Coordinate of the box")] = (
        MISSING
    )
    """Y Min Coordinate of the box"""

    x_max: Annotated[int | None | MISSING, Field(description="X Max Coordinate of the box")] = (
        MISSING
    )
    """X Max Coordinate of the box"""

    y_max: Annotated[int | None | MISSING, Field(description="Y Max Coordinate of the box")] = (
        MISSING
    )
    """Y Max Coordinate of the box"""

    object_id: Annotated[
        int | None | MISSING,
        Field(
            description="Optional object identifier. Boxes sharing an object id refine the same "
            "object."
        ),
    ] = MISSING
    """Optional object identifier. Boxes sharing an object id refine the same object."""

    frame_index: Annotated[
        int | None | MISSING, Field(description="The frame index to interact with.")
    ] = MISSING
    """The frame index to interact with."""


class PointPrompt(InputModel):
    x: Annotated[int | None | MISSING, Field(description="X Coordinate of the prompt")] = MISSING
    """X Coordinate of the prompt"""

    y: Annotated[int | None | MISSING, Field(description="Y Coordinate of the prompt")] = MISSING
    """Y Coordinate of the prompt"""

    label: Annotated[
        Literal[0, 1] | None | MISSING, Field(description="1 for foreground, 0 for background")
    ] = MISSING
    """1 for foreground, 0 for background"""

    object_id: Annotated[
        int | None | MISSING,
        Field(
            description="Optional object identifier. Prompts sharing an object id refine the same "
            "object."
        ),
    ] = MISSING
    """Optional object identifier. Prompts sharing an object id refine the same object."""

    frame_index: Annotated[
        int | None | MISSING, Field(description="The frame index to interact with.")
    ] = MISSING
    """The frame index to interact with."""


class MaskMetadata(OutputModel):
    index: Annotated[int, Field(description="Index of the mask inside the model output.")]
    """Index of the mask inside the model output."""

    score: Annotated[float | None | MISSING, Field(description="Score for this mask.")] = MISSING
    """Score for this mask."""

    box: Annotated[
        list[float] | None | MISSING,
        Field(description="Bounding box for the mask in normalized cxcywh coordinates."),
    ] = MISSING
    """Bounding box for the mask in normalized cxcywh coordinates."""


class Sam3_1ImageInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be segmented", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be segmented"""

    prompt: Annotated[str, Field(description="Text prompt for segmentation")] = "wheel"
    """Text prompt for segmentation"""

    point_prompts: Annotated[
        list[PointPrompt], Field(description="List of point prompts", validate_default=True)
    ] = []
    """List of point prompts"""

    box_prompts: Annotated[
        list[BoxPrompt],
        Field(
            description="Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes "
            "supported - use object_id to group boxes for the same object or leave empty for "
            "separate objects.",
            validate_default=True,
        ),
    ] = []
    """Box prompt coordinates (x_min, y_min, x_max, y_max). Multiple boxes supported - use
    object_id to group boxes for the same object or leave empty for separate objects.
    """

    apply_mask: Annotated[bool, Field(description="Apply the mask on the image.")] = True
    """Apply the mask on the image."""

    sync_mode: Annotated[
        bool, Field(description="If True, the media will be returned as a data URI.")
    ] = False
    """If True, the media will be returned as a data URI."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    return_multiple_masks: Annotated[
        bool,
        Field(
            description="If True, upload and return multiple generated masks as defined by "
            "`max_masks`."
        ),
    ] = False
    """If True, upload and return multiple generated masks as defined by `max_masks`."""

    max_masks: Annotated[
        int,
        Field(
            description="Maximum number of masks to return when `return_multiple_masks` is "
            "enabled.",
            ge=1,
            le=32,
        ),
    ] = 3
    """Maximum number of masks to return when `return_multiple_masks` is enabled."""

    include_scores: Annotated[
        bool, Field(description="Whether to include mask confidence scores.")
    ] = False
    """Whether to include mask confidence scores."""

    include_boxes: Annotated[
        bool, Field(description="Whether to include bounding boxes for each mask (when available).")
    ] = False
    """Whether to include bounding boxes for each mask (when available)."""


class Sam3_1ImageOutput(OutputModel):
    image: Annotated[
        shared.Image | None | MISSING, Field(description="Primary segmented mask preview.")
    ] = MISSING
    """Primary segmented mask preview."""

    masks: Annotated[list[shared.Image], Field(description="Segmented mask images.")]
    """Segmented mask images."""

    metadata: Annotated[
        list[MaskMetadata] | None | MISSING,
        Field(description="Per-mask metadata including scores and boxes."),
    ] = MISSING
    """Per-mask metadata including scores and boxes."""

    scores: Annotated[
        list[float | None] | None | MISSING,
        Field(description="Per-mask confidence scores when requested."),
    ] = MISSING
    """Per-mask confidence scores when requested."""

    boxes: Annotated[
        list[list[float] | None] | None | MISSING,
        Field(description="Per-mask normalized bounding boxes [cx, cy, w, h] when requested."),
    ] = MISSING
    """Per-mask normalized bounding boxes [cx, cy, w, h] when requested."""
