# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class Moondream2ObjectDetectionInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to be processed"""
    object: str
    """Object to be detected in the image"""


class Moondream2ObjectDetectionOutput(OutputModel):
    objects: list[dict[str, Any]]
    """Objects detected in the image"""
    image: shared.Image
    """Image with detected objects"""
