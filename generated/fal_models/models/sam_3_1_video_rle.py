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


class Sam3_1VideoRleInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to be segmented.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to be segmented."""

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the mask to be applied initially.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the mask to be applied initially."""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt for segmentation. Use commas to track multiple objects "
            "(e.g., 'person, cloth')."
        ),
    ] = ""
    """Text prompt for segmentation. Use commas to track multiple objects (e.g., 'person,
    cloth').
    """

    point_prompts: Annotated[
        list[PointPrompt],
        Field(description="List of point prompts with frame indices.", validate_default=True),
    ] = []
    """List of point prompts with frame indices."""

    box_prompts: Annotated[
        list[BoxPrompt],
        Field(description="List of box prompts with optional frame_index.", validate_default=True),
    ] = []
    """List of box prompts with optional frame_index."""

    apply_mask: Annotated[bool, Field(description="Apply the mask on the video.")] = False
    """Apply the mask on the video."""

    boundingbox_zip: Annotated[
        bool, Field(description="Return per-frame bounding box overlays as a zip archive.")
    ] = False
    """Return per-frame bounding box overlays as a zip archive."""

    detection_threshold: Annotated[
        float,
        Field(
            description="Detection confidence threshold (0.0-1.0). Lower = more detections but "
            "less precise. Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if text "
            "prompts fail.",
            ge=0.01,
            le=1.0,
        ),
    ] = 0.5
    """Detection confidence threshold (0.0-1.0). Lower = more detections but less precise.
    Defaults: 0.5 for existing, 0.7 for new objects. Try 0.2-0.3 if text prompts fail.
    """

    frame_index: Annotated[
        int,
        Field(description="Frame index used for initial interaction when mask_url is provided."),
    ] = 0
    """Frame index used for initial interaction when mask_url is provided."""

    max_num_objects: Annotated[
        int, Field(description="Maximum number of objects to track in the video.", ge=1, le=128)
    ] = 16
    """Maximum number of objects to track in the video."""


class Sam3_1VideoRleOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The segmented video.")]
    """The segmented video."""

    boundingbox_frames_zip: Annotated[
        shared.File | None | MISSING,
        Field(description="Zip file containing per-frame bounding box overlays."),
    ] = MISSING
    """Zip file containing per-frame bounding box overlays."""
