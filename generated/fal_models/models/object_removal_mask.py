# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ObjectRemovalMaskInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to remove objects from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to remove objects from."""

    mask_url: Annotated[
        str,
        Field(
            description="The URL of the mask image. White pixels (255) indicate areas to remove.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the mask image. White pixels (255) indicate areas to remove."""

    model: Literal["low_quality", "medium_quality", "high_quality", "best_quality"] = "best_quality"
    mask_expansion: Annotated[
        int, Field(description="Amount of pixels to expand the mask by. Range: 0-50", ge=0, le=50)
    ] = 15
    """Amount of pixels to expand the mask by. Range: 0-50"""


class ObjectRemovalMaskOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The generated images with objects removed.")
    ]
    """The generated images with objects removed."""
