# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class MinimaxImage01Input(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt for image generation (max 1500 characters)",
            max_length=1500,
            min_length=1,
        ),
    ]
    """Text prompt for image generation (max 1500 characters)"""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "4:3", "3:2", "2:3", "3:4", "9:16", "21:9"],
        Field(description="Aspect ratio of the generated image"),
    ] = "1:1"
    """Aspect ratio of the generated image"""

    num_images: Annotated[
        int, Field(description="Number of images to generate (1-9)", ge=1, le=9)
    ] = 1
    """Number of images to generate (1-9)"""

    prompt_optimizer: Annotated[
        bool, Field(description="Whether to enable automatic prompt optimization")
    ] = False
    """Whether to enable automatic prompt optimization"""


class MinimaxImage01Output(OutputModel):
    images: Annotated[list[shared.File], Field(description="Generated images")]
    """Generated images"""
