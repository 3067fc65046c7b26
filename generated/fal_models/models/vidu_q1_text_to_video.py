# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ1TextToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 1500 characters", max_length=1500),
    ]
    """Text prompt for video generation, max 1500 characters"""

    style: Annotated[
        Literal["general", "anime"], Field(description="The style of output video")
    ] = "general"
    """The style of output video"""

    seed: Annotated[
        int | None | MISSING, Field(description="Seed for the random number generator")
    ] = MISSING
    """Seed for the random number generator"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="The aspect ratio of the output video")
    ] = "16:9"
    """The aspect ratio of the output video"""

    movement_amplitude: Annotated[
        Literal["auto", "small", "medium", "large"],
        Field(description="The movement amplitude of objects in the frame"),
    ] = "auto"
    """The movement amplitude of objects in the frame"""


class ViduQ1TextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video using the Q1 model")]
    """The generated video using the Q1 model"""
