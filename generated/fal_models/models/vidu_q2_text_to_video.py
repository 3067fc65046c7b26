# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ2TextToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 3000 characters", max_length=3000),
    ]
    """Text prompt for video generation, max 3000 characters"""

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
        Literal["360p", "520p", "720p", "1080p"], Field(description="Output video resolution")
    ] = "720p"
    """Output video resolution"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="The aspect ratio of the output video")
    ] = "16:9"
    """The aspect ratio of the output video"""

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


class ViduQ2TextToVideoOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video from text using the Q2 model")
    ]
    """The generated video from text using the Q2 model"""
