# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingSolarizeInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    solarize_threshold: Annotated[
        float, Field(description="Solarize threshold", ge=0.0, le=1.0)
    ] = 0.5
    """Solarize threshold"""


class PostProcessingSolarizeOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with solarize effect")
    ]
    """The processed images with solarize effect"""
