# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ3ReferenceToVideoMixInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 2000 characters", max_length=2000),
    ]
    """Text prompt for video generation, max 2000 characters"""

    reference_image_urls: Annotated[
        list[str],
        Field(
            description="URLs of 1 to 4 reference images used to keep subjects or scenes "
            "consistent",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of 1 to 4 reference images used to keep subjects or scenes consistent"""

    duration: Annotated[
        int, Field(description="Duration of the video in seconds (1-16 for Q3 models)", ge=1, le=16)
    ] = 5
    """Duration of the video in seconds (1-16 for Q3 models)"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "4:3", "3:4", "1:1"],
        Field(description="The aspect ratio of the output video"),
    ] = "16:9"
    """The aspect ratio of the output video"""

    resolution: Annotated[
        Literal["360p", "540p", "720p", "1080p"], Field(description="Output video resolution")
    ] = "720p"
    """Output video resolution"""

    audio: Annotated[
        bool,
        Field(
            description="Whether to use direct audio-video generation. When true, outputs video "
            "with sound."
        ),
    ] = True
    """Whether to use direct audio-video generation. When true, outputs video with sound."""


class ViduQ3ReferenceToVideoMixOutput(OutputModel):
    video: Annotated[
        shared.File,
        Field(description="The generated video from reference images using the Q3 model"),
    ]
    """The generated video from reference images using the Q3 model"""
