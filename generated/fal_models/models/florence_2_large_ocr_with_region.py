# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Florence2LargeOcrWithRegionInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to be processed."""


class Florence2LargeOcrWithRegionOutput(OutputModel):
    results: OCRBoundingBox
    """Results from the model"""
    image: shared.Image | MISSING = MISSING
    """Processed image"""


class OCRBoundingBox(OutputModel):
    quad_boxes: list[OCRBoundingBoxSingle]
    """List of quadrilateral boxes"""


class OCRBoundingBoxSingle(OutputModel):
    x: float
    """X-coordinate of the top-left corner"""
    y: float
    """Y-coordinate of the top-left corner"""
    w: float
    """Width of the bounding box"""
    h: float
    """Height of the bounding box"""
    label: str
    """Label of the bounding box"""
