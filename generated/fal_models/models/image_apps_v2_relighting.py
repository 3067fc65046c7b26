# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AspectRatio(InputModel):
    """Aspect ratio model that calculates 4K resolution dimensions"""

    ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4"],
        Field(description="Aspect ratio for 4K resolution output"),
    ] = "1:1"
    """Aspect ratio for 4K resolution output"""


class ImageAppsV2RelightingInput(InputModel):
    image_url: Annotated[
        str, Field(description="Image URL for relighting", json_schema_extra={"x-fal-file": True})
    ]
    """Image URL for relighting"""

    lighting_style: Literal[
        "natural",
        "studio",
        "golden_hour",
        "blue_hour",
        "dramatic",
        "soft",
        "hard",
        "backlight",
        "side_light",
        "front_light",
        "rim_light",
        "sunset",
        "sunrise",
        "neon",
        "candlelight",
        "moonlight",
        "spotlight",
        "ambient",
    ] = "natural"
    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2RelightingOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Image with new lighting")]
    """Image with new lighting"""
