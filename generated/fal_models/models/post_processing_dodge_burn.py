# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDodgeBurnInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    dodge_burn_intensity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Dodge and burn intensity"""
    dodge_burn_mode: Literal[
        "dodge",
        "burn",
        "dodge_and_burn",
        "burn_and_dodge",
        "color_dodge",
        "color_burn",
        "linear_dodge",
        "linear_burn",
    ] = "dodge"
    """Dodge and burn mode"""


class PostProcessingDodgeBurnOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with dodge and burn effect"""
