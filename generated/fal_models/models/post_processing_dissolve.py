# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingDissolveInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to process"""
    dissolve_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of second image for dissolve"""
    dissolve_factor: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Dissolve blend factor"""


class PostProcessingDissolveOutput(OutputModel):
    images: list[shared.Image]
    """The processed images with dissolve effect"""
