# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NumFrames = TypeAliasType(
    "NumFrames",
    Annotated[
        int,
        Field(
            description="The number of frames to generate. If provided, will override duration.",
            ge=29,
            le=289,
        ),
    ],
)


class BytedanceSeedanceV1ProFastImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to generate the video")]
    """The text prompt used to generate the video"""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"],
        Field(description="The aspect ratio of the generated video"),
    ] = "auto"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["480p", "720p", "1080p"],
        Field(
            description="Video resolution - 480p for faster generation, 720p for balance, 1080p "
            "for higher quality"
        ),
    ] = "1080p"
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality"""

    duration: Annotated[
        Literal["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        Field(description="Duration of the video in seconds"),
    ] = "5"
    """Duration of the video in seconds"""

    camera_fixed: Annotated[bool, Field(description="Whether to fix the camera position")] = False
    """Whether to fix the camera position"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed to control video generation. Use -1 for random."),
    ] = MISSING
    """Random seed to control video generation. Use -1 for random."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    num_frames: Annotated[
        NumFrames | None | MISSING,
        Field(description="The number of frames to generate. If provided, will override duration."),
    ] = MISSING
    """The number of frames to generate. If provided, will override duration."""

    image_url: Annotated[
        str,
        Field(
            description="The URL of the image used to generate video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image used to generate video"""


class BytedanceSeedanceV1ProFastImageToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""

    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""
