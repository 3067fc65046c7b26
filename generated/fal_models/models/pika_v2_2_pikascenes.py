# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_2PikascenesInput(InputModel):
    """Request model for Pika 2.2 Pikascenes (collection-to-video) generation"""

    image_urls: Annotated[
        list[str],
        Field(
            description="URLs of images to combine into a video",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of images to combine into a video"""

    prompt: Annotated[str, Field(description="Text prompt describing the desired video")]
    """Text prompt describing the desired video"""

    negative_prompt: Annotated[str, Field(description="A negative prompt to guide the model")] = (
        "ugly, bad, terrible"
    )
    """A negative prompt to guide the model"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"],
        Field(description="The aspect ratio of the generated video"),
    ] = "16:9"
    """The aspect ratio of the generated video"""

    resolution: Annotated[
        Literal["720p", "1080p"], Field(description="The resolution of the generated video")
    ] = "1080p"
    """The resolution of the generated video"""

    duration: Annotated[
        Literal[5, 10], Field(description="The duration of the generated video in seconds")
    ] = 5
    """The duration of the generated video in seconds"""

    ingredients_mode: Annotated[
        Literal["precise", "creative"],
        Field(
            description="Mode for integrating multiple images. Precise mode is more accurate, "
            "creative mode is more creative."
        ),
    ] = "precise"
    """Mode for integrating multiple images. Precise mode is more accurate, creative mode is more
    creative.
    """


class PikaV2_2PikascenesOutput(OutputModel):
    """Output model for Pika 2.2 Pikascenes generation"""

    video: Annotated[
        shared.File, Field(description="The generated video combining multiple images")
    ]
    """The generated video combining multiple images"""
