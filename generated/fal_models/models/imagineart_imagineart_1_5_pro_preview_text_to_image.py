# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImagineartImagineart1_5ProPreviewTextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt describing the desired image")]
    """Text prompt describing the desired image"""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:1", "1:3", "3:2", "2:3"],
        Field(description="Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"),
    ] = "1:1"
    """Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"""

    seed: Annotated[int | MISSING, Field(description="Seed for the image generation")] = MISSING
    """Seed for the image generation"""


class ImagineartImagineart1_5ProPreviewTextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated image")]
    """Generated image"""
