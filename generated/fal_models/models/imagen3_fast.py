# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Imagen3FastInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt describing what you want to see")]
    """The text prompt describing what you want to see"""

    negative_prompt: Annotated[
        str, Field(description="A description of what to discourage in the generated images")
    ] = ""
    """A description of what to discourage in the generated images"""

    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "3:4", "4:3"],
        Field(description="The aspect ratio of the generated image"),
    ] = "1:1"
    """The aspect ratio of the generated image"""

    num_images: Annotated[
        int, Field(description="Number of images to generate (1-4)", ge=1, le=4)
    ] = 1
    """Number of images to generate (1-4)"""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation")
    ] = MISSING
    """Random seed for reproducible generation"""


class Imagen3FastOutput(OutputModel):
    images: list[shared.File]
    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""
