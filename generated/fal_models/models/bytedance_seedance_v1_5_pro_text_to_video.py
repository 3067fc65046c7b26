# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedanceV1_5ProTextToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to generate the video")]
    """The text prompt used to generate the video"""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "1:1", "3:4", "9:16", "auto"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["480p", "720p", "1080p"],
        Field(
            description="Video resolution - 480p for faster generation, 720p for balance, 1080p "
            "for higher quality"
        ),
    ] = "720p"
    """Video resolution - 480p for faster generation, 720p for balance, 1080p for higher quality"""

    duration: Annotated[
        Literal["4", "5", "6", "7", "8", "9", "10", "11", "12"],
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

    generate_audio: Annotated[
        bool, Field(description="Whether to generate audio for the video")
    ] = True
    """Whether to generate audio for the video"""


class BytedanceSeedanceV1_5ProTextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="Generated video file")]
    """Generated video file"""

    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""
