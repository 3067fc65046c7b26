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


class ImageAppsV2TextureTransformInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Image URL for texture transformation",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Image URL for texture transformation"""

    target_texture: Literal[
        "cotton",
        "denim",
        "wool",
        "felt",
        "wood",
        "leather",
        "velvet",
        "stone",
        "marble",
        "ceramic",
        "concrete",
        "brick",
        "clay",
        "foam",
        "glass",
        "metal",
        "silk",
        "fabric",
        "crystal",
        "rubber",
        "plastic",
        "lace",
    ] = "marble"
    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2TextureTransformOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Image with transformed texture")]
    """Image with transformed texture"""
