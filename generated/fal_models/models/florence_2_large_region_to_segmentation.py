# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Florence2LargeRegionToSegmentationInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to be processed."""
    region: Region
    """The user input coordinates"""


class Florence2LargeRegionToSegmentationOutput(OutputModel):
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


class Region(InputModel):
    x1: Annotated[int, Field(ge=0, le=999)]
    """X-coordinate of the top-left corner"""
    y1: Annotated[int, Field(ge=0, le=999)]
    """Y-coordinate of the top-left corner"""
    x2: Annotated[int, Field(ge=0, le=999)]
    """X-coordinate of the bottom-right corner"""
    y2: Annotated[int, Field(ge=0, le=999)]
    """Y-coordinate of the bottom-right corner"""
