# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ2ImageToVideoTurboInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 3000 characters", max_length=3000),
    ]
    """Text prompt for video generation, max 3000 characters"""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the starting frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the starting frame"""

    end_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the image to use as the ending frame. When provided, generates a "
            "transition video between start and end frames.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the image to use as the ending frame. When provided, generates a transition video
    between start and end frames.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    duration: Annotated[
        Literal[2, 3, 4, 5, 6, 7, 8], Field(description="Duration of the video in seconds")
    ] = 4
    """Duration of the video in seconds"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="Output video resolution")
    ] = "720p"
    """Output video resolution"""

    movement_amplitude: Annotated[
        Literal["auto", "small", "medium", "large"],
        Field(description="The movement amplitude of objects in the frame"),
    ] = "auto"
    """The movement amplitude of objects in the frame"""

    bgm: Annotated[
        bool,
        Field(
            description="Whether to add background music to the video (only for 4-second videos)"
        ),
    ] = False
    """Whether to add background music to the video (only for 4-second videos)"""


class ViduQ2ImageToVideoTurboOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video from image using the Q2 model")
    ]
    """The generated video from image using the Q2 model"""
