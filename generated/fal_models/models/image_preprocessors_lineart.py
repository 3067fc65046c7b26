# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsLineartInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    coarse: Annotated[bool, Field(description="Whether to use the coarse model")] = False
    """Whether to use the coarse model"""


class ImagePreprocessorsLineartOutput(OutputModel):
    image: Annotated[
        shared.Image, Field(description="Image with edges detected using the Canny algorithm")
    ]
    """Image with edges detected using the Canny algorithm"""
