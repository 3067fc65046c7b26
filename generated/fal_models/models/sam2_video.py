# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BoxPrompt(InputModel):
    x_min: Annotated[int, Field(description="X Min Coordinate of the box")] = 0
    """X Min Coordinate of the box"""

    y_min: Annotated[int, Field(description="Y Min Coordinate of the box")] = 0
    """Y Min Coordinate of the box"""

    x_max: Annotated[int, Field(description="X Max Coordinate of the prompt")] = 0
    """X Max Coordinate of the prompt"""

    y_max: Annotated[int, Field(description="Y Max Coordinate of the prompt")] = 0
    """Y Max Coordinate of the prompt"""

    frame_index: Annotated[int, Field(description="The frame index to interact with.")] = 0
    """The frame index to interact with."""


class PointPrompt(InputModel):
    x: Annotated[int, Field(description="X Coordinate of the prompt")] = 305
    """X Coordinate of the prompt"""

    y: Annotated[int, Field(description="Y Coordinate of the prompt")] = 350
    """Y Coordinate of the prompt"""

    label: Annotated[
        Literal[0, 1], Field(description="Label of the prompt. 1 for foreground, 0 for background")
    ] = 1
    """Label of the prompt. 1 for foreground, 0 for background"""

    frame_index: Annotated[int, Field(description="The frame index to interact with.")] = 0
    """The frame index to interact with."""


class Sam2VideoInput(InputModel):
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

    prompts: Annotated[
        list[PointPrompt],
        Field(description="List of prompts to segment the video", validate_default=True),
    ] = []
    """List of prompts to segment the video"""

    box_prompts: Annotated[
        list[BoxPrompt], Field(description="Coordinates for boxes", validate_default=True)
    ] = []
    """Coordinates for boxes"""

    apply_mask: Annotated[bool, Field(description="Apply the mask on the video.")] = False
    """Apply the mask on the video."""

    boundingbox_zip: Annotated[
        bool, Field(description="Return per-frame bounding box overlays as a zip archive.")
    ] = False
    """Return per-frame bounding box overlays as a zip archive."""


class Sam2VideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The segmented video.")]
    """The segmented video."""

    boundingbox_frames_zip: Annotated[
        shared.File | None | MISSING,
        Field(description="Zip file containing per-frame bounding box overlays."),
    ] = MISSING
    """Zip file containing per-frame bounding box overlays."""
