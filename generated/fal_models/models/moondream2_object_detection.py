# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Moondream2ObjectDetectionInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the image to be processed", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the image to be processed"""

    object: Annotated[str, Field(description="Object to be detected in the image")]
    """Object to be detected in the image"""


class Moondream2ObjectDetectionOutput(OutputModel):
    objects: Annotated[list[dict[str, Any]], Field(description="Objects detected in the image")]
    """Objects detected in the image"""

    image: Annotated[shared.Image, Field(description="Image with detected objects")]
    """Image with detected objects"""
