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


class ImageAppsV2PhotoRestorationInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Old or damaged photo URL to restore",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Old or damaged photo URL to restore"""

    enhance_resolution: bool = True
    fix_colors: bool = True
    remove_scratches: bool = True
    aspect_ratio: Annotated[
        AspectRatio | MISSING,
        Field(description="Aspect ratio for 4K output (default: 4:3 for classic photos)"),
    ] = MISSING
    """Aspect ratio for 4K output (default: 4:3 for classic photos)"""


class ImageAppsV2PhotoRestorationOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Restored photo")]
    """Restored photo"""
