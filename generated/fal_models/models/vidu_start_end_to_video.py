# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduStartEndToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 1500 characters", max_length=1500),
    ]
    """Text prompt for video generation, max 1500 characters"""

    start_image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the first frame"""

    end_image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the last frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the last frame"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    movement_amplitude: Annotated[
        Literal["auto", "small", "medium", "large"],
        Field(description="The movement amplitude of objects in the frame"),
    ] = "auto"
    """The movement amplitude of objects in the frame"""


class ViduStartEndToVideoOutput(OutputModel):
    video: Annotated[
        shared.File,
        Field(description="The generated transition video between start and end frames"),
    ]
    """The generated transition video between start and end frames"""
