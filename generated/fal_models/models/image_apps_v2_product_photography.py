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


class ImageAppsV2ProductPhotographyInput(InputModel):
    product_image_url: Annotated[
        str,
        Field(
            description="Image URL of the product to create professional studio photography",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Image URL of the product to create professional studio photography"""

    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2ProductPhotographyOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="Professional studio product photography")
    ]
    """Professional studio product photography"""
