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


class ImageAppsV2CityTeleportInput(InputModel):
    person_image_url: Annotated[
        str, Field(description="Person photo URL", json_schema_extra={"x-fal-file": True})
    ]
    """Person photo URL"""

    city_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional city background image URL. When provided, the person will be "
            "blended into this custom scene.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional city background image URL. When provided, the person will be blended into this
    custom scene.
    """

    city_name: Annotated[
        str, Field(description="City name (used when city_image_url is not provided)")
    ]
    """City name (used when city_image_url is not provided)"""

    photo_shot: Annotated[
        Literal[
            "extreme_close_up",
            "close_up",
            "medium_close_up",
            "medium_shot",
            "medium_long_shot",
            "long_shot",
            "extreme_long_shot",
            "full_body",
        ],
        Field(description="Type of photo shot"),
    ] = "medium_shot"
    """Type of photo shot"""

    camera_angle: Annotated[
        Literal[
            "eye_level",
            "low_angle",
            "high_angle",
            "dutch_angle",
            "birds_eye_view",
            "worms_eye_view",
            "overhead",
            "side_angle",
        ],
        Field(description="Camera angle for the shot"),
    ] = "eye_level"
    """Camera angle for the shot"""

    aspect_ratio: Annotated[
        AspectRatio | MISSING, Field(description="Aspect ratio for 4K output")
    ] = MISSING
    """Aspect ratio for 4K output"""


class ImageAppsV2CityTeleportOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Person teleported to city location")]
    """Person teleported to city location"""
