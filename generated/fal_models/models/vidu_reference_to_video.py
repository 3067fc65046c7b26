# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduReferenceToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 1500 characters", max_length=1500),
    ]
    """Text prompt for video generation, max 1500 characters"""

    reference_image_urls: Annotated[
        list[str],
        Field(
            description="URLs of the reference images to use for consistent subject appearance",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of the reference images to use for consistent subject appearance"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="The aspect ratio of the output video")
    ] = "16:9"
    """The aspect ratio of the output video"""

    movement_amplitude: Annotated[
        Literal["auto", "small", "medium", "large"],
        Field(description="The movement amplitude of objects in the frame"),
    ] = "auto"
    """The movement amplitude of objects in the frame"""


class ViduReferenceToVideoOutput(OutputModel):
    video: Annotated[
        shared.File,
        Field(description="The generated video with consistent subjects from reference images"),
    ]
    """The generated video with consistent subjects from reference images"""
