# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BBoxPromptBase(InputModel):
    x_min: Annotated[
        float, Field(description="X Min Coordinate of the box (0-1)", ge=0.0, le=1.0)
    ] = 0
    """X Min Coordinate of the box (0-1)"""

    y_min: Annotated[
        float, Field(description="Y Min Coordinate of the box (0-1)", ge=0.0, le=1.0)
    ] = 0
    """Y Min Coordinate of the box (0-1)"""

    x_max: Annotated[
        float, Field(description="X Max Coordinate of the prompt (0-1)", ge=0.0, le=1.0)
    ] = 0
    """X Max Coordinate of the prompt (0-1)"""

    y_max: Annotated[
        float, Field(description="Y Max Coordinate of the prompt (0-1)", ge=0.0, le=1.0)
    ] = 0
    """Y Max Coordinate of the prompt (0-1)"""


class ObjectRemovalBboxInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to remove objects from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to remove objects from."""

    box_prompts: Annotated[
        list[BBoxPromptBase],
        Field(
            description="List of bounding box coordinates to erase (only one box prompt is "
            "supported)",
            validate_default=True,
        ),
    ] = []
    """List of bounding box coordinates to erase (only one box prompt is supported)"""

    model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"] = "best_quality"
    mask_expansion: Annotated[
        int, Field(description="Amount of pixels to expand the mask by. Range: 0-50", ge=0, le=50)
    ] = 15
    """Amount of pixels to expand the mask by. Range: 0-50"""


class ObjectRemovalBboxOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The generated images with objects removed.")
    ]
    """The generated images with objects removed."""
