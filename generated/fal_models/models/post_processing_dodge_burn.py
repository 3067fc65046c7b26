# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDodgeBurnInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    dodge_burn_intensity: Annotated[
        float, Field(description="Dodge and burn intensity", ge=0.0, le=1.0)
    ] = 0.5
    """Dodge and burn intensity"""

    dodge_burn_mode: Annotated[
        Literal[
            "dodge",
            "burn",
            "dodge_and_burn",
            "burn_and_dodge",
            "color_dodge",
            "color_burn",
            "linear_dodge",
            "linear_burn",
        ],
        Field(description="Dodge and burn mode"),
    ] = "dodge"
    """Dodge and burn mode"""


class PostProcessingDodgeBurnOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with dodge and burn effect")
    ]
    """The processed images with dodge and burn effect"""
