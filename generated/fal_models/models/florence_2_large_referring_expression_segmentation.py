# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import MISSING, ConfigDict, Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Florence2LargeReferringExpressionSegmentationInput(InputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to be processed."""
    text_input: str
    """Text input for the task"""


class Florence2LargeReferringExpressionSegmentationOutput(OutputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    results: PolygonOutput
    """Results from the model"""
    image: shared.Image | MISSING = MISSING
    """Processed image"""


class Polygon(OutputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    points: list[dict[str, float]]
    """List of points"""
    label: str
    """Label of the polygon"""


class PolygonOutput(OutputModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    polygons: list[Polygon]
    """List of polygons"""
