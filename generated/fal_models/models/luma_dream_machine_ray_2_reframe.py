# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LumaDreamMachineRay2ReframeInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the input video to reframe"""
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"]
    """The aspect ratio of the reframed video"""
    image_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """Optional URL of the first frame image for reframing"""
    grid_position_x: int | None | MISSING = MISSING
    """X position of the grid for reframing"""
    grid_position_y: int | None | MISSING = MISSING
    """Y position of the grid for reframing"""
    prompt: Prompt | None | MISSING = MISSING
    """Optional prompt for reframing"""
    x_end: int | None | MISSING = MISSING
    """End X coordinate for reframing"""
    x_start: int | None | MISSING = MISSING
    """Start X coordinate for reframing"""
    y_end: int | None | MISSING = MISSING
    """End Y coordinate for reframing"""
    y_start: int | None | MISSING = MISSING
    """Start Y coordinate for reframing"""


class LumaDreamMachineRay2ReframeOutput(OutputModel):
    video: shared.File
    """URL of the reframed video"""


Prompt = TypeAliasType("Prompt", Annotated[str, Field(max_length=5000, min_length=1)])
"""Optional prompt for reframing"""
