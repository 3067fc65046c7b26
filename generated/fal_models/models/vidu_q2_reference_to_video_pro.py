# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ2ReferenceToVideoProInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 2000 characters", max_length=2000),
    ]
    """Text prompt for video generation, max 2000 characters"""

    reference_image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URLs of the reference images for subject appearance. If videos are "
            "provided, up to 4 images are allowed; otherwise up to 7 images.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URLs of the reference images for subject appearance. If videos are provided, up to 4
    images are allowed; otherwise up to 7 images.
    """

    reference_video_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="URLs of the reference videos for video editing or motion reference. "
            "Supports up to 2 videos.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URLs of the reference videos for video editing or motion reference. Supports up to 2
    videos.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    duration: Annotated[
        int,
        Field(
            description="Duration of the video in seconds (0 for automatic duration)", ge=1, le=8
        ),
    ] = 4
    """Duration of the video in seconds (0 for automatic duration)"""

    resolution: Annotated[
        Literal["540p", "720p", "1080p"], Field(description="Output video resolution")
    ] = "720p"
    """Output video resolution"""

    aspect_ratio: Annotated[
        str,
        Field(
            description="Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any W:H)"
        ),
    ] = "16:9"
    """Aspect ratio of the output video (e.g., auto, 16:9, 9:16, 1:1, or any W:H)"""

    movement_amplitude: Annotated[
        Literal["auto", "small", "medium", "large"],
        Field(description="The movement amplitude of objects in the frame"),
    ] = "auto"
    """The movement amplitude of objects in the frame"""

    bgm: Annotated[
        bool, Field(description="Whether to add background music to the generated video")
    ] = False
    """Whether to add background music to the generated video"""


class ViduQ2ReferenceToVideoProOutput(OutputModel):
    video: Annotated[
        shared.File,
        Field(description="The generated video with video/image references using the Q2 Pro model"),
    ]
    """The generated video with video/image references using the Q2 Pro model"""
