# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ImagineartImagineart2_0PreviewTextToImageInput(InputModel):
    prompt: str
    """Text prompt describing the desired image"""
    aspect_ratio: Literal[
        "1:1",
        "16:9",
        "9:16",
        "4:3",
        "3:4",
        "3:1",
        "1:3",
        "3:2",
        "2:3",
        "21:9",
        "4:5",
        "5:4",
        "4:1",
        "1:4",
    ] = "1:1"
    """Image aspect ratio: 1:1, 3:1, 1:3, 16:9, 9:16, 4:3, 3:4, 3:2, 2:3, 21:9, 4:5, 5:4, 4:1,
    1:4
    """
    resolution: Literal["1K", "2K"] = "2K"
    """Output resolution: '1K' targets ~1024px and will be faster. '2K' targets ~2048px image
    size and will be slower but with higher quality.
    """
    seed: int | MISSING = MISSING
    """Default is random (0 and -1 are treated as random)"""
    reasoning: Literal["high", "low"] = "low"
    """Visual Understanding Level: low (default) or high. High reasoning takes more time but
    generates better images.
    """


class ImagineartImagineart2_0PreviewTextToImageOutput(OutputModel):
    images: list[shared.Image]
    """Generated image"""
