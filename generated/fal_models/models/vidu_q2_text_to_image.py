# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ViduQ2TextToImageInput(InputModel):
    prompt: Annotated[
        str,
        Field(description="Text prompt for video generation, max 1500 characters", max_length=1500),
    ]
    """Text prompt for video generation, max 1500 characters"""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "1:1"], Field(description="The aspect ratio of the output video")
    ] = "16:9"
    """The aspect ratio of the output video"""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for generation")] = MISSING
    """Random seed for generation"""


class ViduQ2TextToImageOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The edited image")]
    """The edited image"""
