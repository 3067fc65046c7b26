# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_2ImageToVideoInput(InputModel):
    """Request model for Pika 2.2 image-to-video generation"""

    image_url: Annotated[
        str,
        Field(
            description="URL of the image to use as the first frame",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the image to use as the first frame"""

    prompt: str
    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    negative_prompt: Annotated[str, Field(description="A negative prompt to guide the model")] = ""
    """A negative prompt to guide the model"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video")
    ] = "720p"
    """The resolution of the generated video"""

    duration: Annotated[
        Literal[5, 10], Field(description="The duration of the generated video in seconds")
    ] = 5
    """The duration of the generated video in seconds"""


class PikaV2_2ImageToVideoOutput(OutputModel):
    """Output model for Pika 2.2 image-to-video generation"""

    video: Annotated[shared.File, Field(description="The generated video")]
    """The generated video"""
