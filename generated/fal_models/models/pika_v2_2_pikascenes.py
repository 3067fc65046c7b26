# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PikaV2_2PikascenesInput(InputModel):
    """Request model for Pika 2.2 Pikascenes (collection-to-video) generation"""

    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """URLs of images to combine into a video"""
    prompt: str
    """Text prompt describing the desired video"""
    negative_prompt: str = "ugly, bad, terrible"
    """A negative prompt to guide the model"""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator"""
    aspect_ratio: Literal["16:9", "9:16", "1:1", "4:5", "5:4", "3:2", "2:3"] = "16:9"
    """The aspect ratio of the generated video"""
    resolution: Literal["720p", "1080p"] = "1080p"
    """The resolution of the generated video"""
    duration: Literal[5, 10] = 5
    """The duration of the generated video in seconds"""
    ingredients_mode: Literal["precise", "creative"] = "precise"
    """Mode for integrating multiple images. Precise mode is more accurate, creative mode is more
    creative.
    """


class PikaV2_2PikascenesOutput(OutputModel):
    """Output model for Pika 2.2 Pikascenes generation"""

    video: shared.File
    """The generated video combining multiple images"""
