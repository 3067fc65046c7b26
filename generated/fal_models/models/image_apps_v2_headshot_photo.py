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


class ImageAppsV2HeadshotPhotoInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Portrait image URL to convert to professional headshot",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Portrait image URL to convert to professional headshot"""

    background_style: Literal["professional", "corporate", "clean", "gradient"] = "professional"
    aspect_ratio: Annotated[
        AspectRatio | MISSING,
        Field(description="Aspect ratio for 4K output (default: 3:4 for portraits)"),
    ] = MISSING
    """Aspect ratio for 4K output (default: 3:4 for portraits)"""


class ImageAppsV2HeadshotPhotoOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Professional headshot image")]
    """Professional headshot image"""
