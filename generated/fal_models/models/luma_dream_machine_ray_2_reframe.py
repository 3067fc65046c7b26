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
        str, Field(description="Optional prompt for reframing", max_length=5000, min_length=1)
    ],
)


class LumaDreamMachineRay2ReframeInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the input video to reframe", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the input video to reframe"""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        Field(description="The aspect ratio of the reframed video"),
    ]
    """The aspect ratio of the reframed video"""

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL of the first frame image for reframing",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL of the first frame image for reframing"""

    grid_position_x: Annotated[
        int | None | MISSING, Field(description="X position of the grid for reframing")
    ] = MISSING
    """X position of the grid for reframing"""

    grid_position_y: Annotated[
        int | None | MISSING, Field(description="Y position of the grid for reframing")
    ] = MISSING
    """Y position of the grid for reframing"""

    prompt: Annotated[
        Prompt | None | MISSING, Field(description="Optional prompt for reframing")
    ] = MISSING
    """Optional prompt for reframing"""

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


class LumaDreamMachineRay2ReframeOutput(OutputModel):
    video: Annotated[shared.File, Field(description="URL of the reframed video")]
    """URL of the reframed video"""
