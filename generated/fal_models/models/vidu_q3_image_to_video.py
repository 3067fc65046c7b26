# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ3ImageToVideoInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 2000 characters", max_length=2000),
    ] = ""
    """Text prompt for video generation, max 2000 characters"""

    image_url: Annotated[
        str,
        Field(
            description="URL or base64 image to use as the starting frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL or base64 image to use as the starting frame"""

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

    duration: Annotated[
        int, Field(description="Duration of the video in seconds (1-16 for Q3 models)", ge=1, le=16)
    ] = 5
    """Duration of the video in seconds (1-16 for Q3 models)"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"],
        Field(
            description="Output video resolution. Note: 360p is not available when end_image_url "
            "is provided."
        ),
    ] = "720p"
    """Output video resolution. Note: 360p is not available when end_image_url is provided."""

    audio: Annotated[
        bool,
        Field(
            description="Whether to use direct audio-video generation. When true, outputs video "
            "with sound (including dialogue and sound effects)."
        ),
    ] = True
    """Whether to use direct audio-video generation. When true, outputs video with sound
    (including dialogue and sound effects).
    """


class ViduQ3ImageToVideoOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="The generated video from image using the Q3 model")
    ]
    """The generated video from image using the Q3 model"""
