# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImagineartImagineart1_5PreviewTextToImageInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image. Accepts either a raw string or "
            "a JSON string/fenced JSON with positive_prompt and optional negative_prompt."
        ),
    ]
    """Text prompt describing the desired image. Accepts either a raw string or a JSON
    string/fenced JSON with positive_prompt and optional negative_prompt.
    """

    aspect_ratio: Annotated[
        Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
        Field(description="Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"),
    ] = "1:1"
    """Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Seed for generation. 0 and -1 are treated as random."),
    ] = MISSING
    """Seed for generation. 0 and -1 are treated as random."""


class ImagineartImagineart1_5PreviewTextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated image")]
    """Generated image"""
