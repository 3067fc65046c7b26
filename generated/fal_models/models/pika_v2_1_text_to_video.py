# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_1TextToVideoInput(InputModel):
    prompt: str
    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    negative_prompt: Annotated[str, Field(description="A negative prompt to guide the model")] = ""
    """A negative prompt to guide the model"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video")
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        int, Field(description="The duration of the generated video in seconds")
    ] = 5
    """The duration of the generated video in seconds"""


class PikaV2_1TextToVideoOutput(OutputModel):
    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
