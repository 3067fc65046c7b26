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


class ImageAppsV2StyleTransferInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="Image URL for style transfer", json_schema_extra={"x-fal-file": True}),
    ]
    """Image URL for style transfer"""

    style_reference_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional reference image URL. When provided, the style will be inferred "
            "from this image instead of the selected preset style.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional reference image URL. When provided, the style will be inferred from this image
    instead of the selected preset style.
    """

    target_style: Literal[
        "anime_character",
        "cartoon_3d",
        "hand_drawn_animation",
        "cyberpunk_future",
        "anime_game_style",
        "comic_book_animation",
        "animated_series",
        "cartoon_animation",
        "lofi_aesthetic",
        "cottagecore",
        "dark_academia",
        "y2k",
        "vaporwave",
        "liminal_space",
        "weirdcore",
        "dreamcore",
        "synthwave",
        "outrun",
        "photorealistic",
        "hyperrealistic",
        "digital_art",
        "concept_art",
        "impressionist",
        "anime",
        "pixel_art",
        "claymation",
    ] = "impressionist"
    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2StyleTransferOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Image with transferred style")]
    """Image with transferred style"""
