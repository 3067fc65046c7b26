# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_2TextToVideoInput(InputModel):
    """Request model for Pika 2.2 text-to-video generation"""

    prompt: str
    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    negative_prompt: Annotated[str, Field(description="A negative prompt to guide the model")] = (
        "ugly, bad, terrible"
    )
    """A negative prompt to guide the model"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["1080p", "720p"], Field(description="The resolution of the generated video")
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        Literal[5, 10], Field(description="The duration of the generated video in seconds")
    ] = 5
    """The duration of the generated video in seconds"""


class PikaV2_2TextToVideoOutput(OutputModel):
    """Output model for Pika 2.2 text-to-video generation"""

    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
