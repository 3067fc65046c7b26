# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Prompt = TypeAliasType(
    "Prompt",
    Annotated[
        str, Field(description="Optional prompt for reframing", max_length=5000, min_length=3)
    ],
)


class LumaPhotonFlashReframeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the input image to reframe", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input image to reframe"""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        Field(description="The aspect ratio of the reframed image"),
    ]
    """The aspect ratio of the reframed image"""

    prompt: Annotated[
        Prompt | None | MISSING, Field(description="Optional prompt for reframing")
    ] = MISSING
    """Optional prompt for reframing"""

    grid_position_x: Annotated[
        int | None | MISSING, Field(description="X position of the grid for reframing")
    ] = MISSING
    """X position of the grid for reframing"""

    grid_position_y: Annotated[
        int | None | MISSING, Field(description="Y position of the grid for reframing")
    ] = MISSING
    """Y position of the grid for reframing"""

    x_end: Annotated[int | None | MISSING, Field(description="End X coordinate for reframing")] = (
        MISSING
    )
    """End X coordinate for reframing"""

    x_start: Annotated[
        int | None | MISSING, Field(description="Start X coordinate for reframing")
    ] = MISSING
    """Start X coordinate for reframing"""

    y_end: Annotated[int | None | MISSING, Field(description="End Y coordinate for reframing")] = (
        MISSING
    )
    """End Y coordinate for reframing"""

    y_start: Annotated[
        int | None | MISSING, Field(description="Start Y coordinate for reframing")
    ] = MISSING
    """Start Y coordinate for reframing"""


class LumaPhotonFlashReframeOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="The generated image")]
    """The generated image"""
