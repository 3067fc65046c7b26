# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AspectRatio(InputModel):
    """Aspect ratio model that calculates 4K resolution dimensions"""

    ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4"],
        Field(description="Aspect ratio for 4K resolution output"),
    ] = "1:1"
    """Aspect ratio for 4K resolution output"""


class ImageAppsV2PerspectiveInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Image URL for perspective change", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """Image URL for perspective change"""

    target_perspective: Literal[
        "front",
        "left_side",
        "right_side",
        "back",
        "top_down",
        "bottom_up",
        "birds_eye",
        "three_quarter_left",
        "three_quarter_right",
    ] = "front"
    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2PerspectiveOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Image with changed perspective")]
    """Image with changed perspective"""
