# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Florence2LargeReferringExpressionSegmentationInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to be processed."""
    text_input: str
    """Text input for the task"""


class Florence2LargeReferringExpressionSegmentationOutput(OutputModel):
    results: PolygonOutput
    """Results from the model"""
    image: shared.Image | MISSING = MISSING
    """Processed image"""


class Polygon(OutputModel):
    points: list[dict[str, float]]
    """List of points"""
    label: str
    """Label of the polygon"""


class PolygonOutput(OutputModel):
    polygons: list[Polygon]
    """List of polygons"""
