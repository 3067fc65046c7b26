# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingSolarizeInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    solarize_threshold: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Solarize threshold"""


class PostProcessingSolarizeOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with solarize effect"""
