# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImagineartImagineart1_5PreviewTextToImageInput(InputModel):
    prompt: str
    """Text prompt describing the desired image. Accepts either a raw string or a JSON
    string/fenced JSON with positive_prompt and optional negative_prompt.
    """
    aspect_ratio: Literal["1:1", "3:1", "1:3", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] = "1:1"
    """Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3"""
    seed: int | None | MISSING = MISSING
    """Seed for generation. 0 and -1 are treated as random."""


class ImagineartImagineart1_5PreviewTextToImageOutput(OutputModel):
    images: list[shared.Image]
    """Generated image"""
