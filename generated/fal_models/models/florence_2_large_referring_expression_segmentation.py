# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Florence2LargeReferringExpressionSegmentationInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be processed.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be processed."""

    text_input: Annotated[str, Field(description="Text input for the task")]
    """Text input for the task"""


class Polygon(OutputModel):
    points: Annotated[list[dict[str, float]], Field(description="List of points")]
    """List of points"""

    label: Annotated[str, Field(description="Label of the polygon")]
    """Label of the polygon"""


class PolygonOutput(OutputModel):
    polygons: Annotated[list[Polygon], Field(description="List of polygons")]
    """List of polygons"""


class Florence2LargeReferringExpressionSegmentationOutput(OutputModel):
    results: Annotated[PolygonOutput, Field(description="Results from the model")]
    """Results from the model"""

    image: Annotated[shared.Image | MISSING, Field(description="Processed image")] = MISSING
    """Processed image"""
