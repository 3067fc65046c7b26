# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsSamInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""


class ImagePreprocessorsSamOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Image with SAM segmentation map")]
    """Image with SAM segmentation map"""
