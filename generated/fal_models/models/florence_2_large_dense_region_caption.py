# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Florence2LargeDenseRegionCaptionInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be processed."""


class BoundingBox(OutputModel):
    x: Annotated[float, Field(description="X-coordinate of the top-left corner")]
    """X-coordinate of the top-left corner"""

    y: Annotated[float, Field(description="Y-coordinate of the top-left corner")]
    """Y-coordinate of the top-left corner"""

    w: Annotated[float, Field(description="Width of the bounding box")]
    """Width of the bounding box"""

    h: Annotated[float, Field(description="Height of the bounding box")]
    """Height of the bounding box"""

    label: Annotated[str, Field(description="Label of the bounding box")]
    """Label of the bounding box"""


class BoundingBoxes(OutputModel):
    bboxes: Annotated[list[BoundingBox], Field(description="List of bounding boxes")]
    """List of bounding boxes"""


class Florence2LargeDenseRegionCaptionOutput(OutputModel):
    results: Annotated[BoundingBoxes, Field(description="Results from the model")]
    """Results from the model"""

    image: Annotated[shared.Image | MISSING, Field(description="Processed image")] = MISSING
    """Processed image"""
