# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Region(InputModel):
    x1: Annotated[int, Field(description="X-coordinate of the top-left corner", ge=0, le=999)]
    """X-coordinate of the top-left corner"""

    y1: Annotated[int, Field(description="Y-coordinate of the top-left corner", ge=0, le=999)]
    """Y-coordinate of the top-left corner"""

    x2: Annotated[int, Field(description="X-coordinate of the bottom-right corner", ge=0, le=999)]
    """X-coordinate of the bottom-right corner"""

    y2: Annotated[int, Field(description="Y-coordinate of the bottom-right corner", ge=0, le=999)]
    """Y-coordinate of the bottom-right corner"""


class Polygon(OutputModel):
    points: Annotated[list[dict[str, float]], Field(description="List of points")]
    """List of points"""

    label: Annotated[str, Field(description="Label of the polygon")]
    """Label of the polygon"""


class PolygonOutput(OutputModel):
    polygons: Annotated[list[Polygon], Field(description="List of polygons")]
    """List of polygons"""


class Florence2LargeRegionToSegmentationInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be processed."""

    region: Annotated[Region, Field(description="The user input coordinates")]
    """The user input coordinates"""


class Florence2LargeRegionToSegmentationOutput(OutputModel):
    results: Annotated[PolygonOutput, Field(description="Results from the model")]
    """Results from the model"""

    image: Annotated[shared.Image | MISSING, Field(description="Processed image")] = MISSING
    """Processed image"""
