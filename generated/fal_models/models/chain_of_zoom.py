# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput


class ChainOfZoomInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image to zoom into"""
    scale: Annotated[float, Field(ge=1.0, le=8.0, multiple_of=1.0)] = 5
    """Zoom scale in powers of 2"""
    center_x: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """X coordinate of zoom center (0-1)"""
    center_y: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Y coordinate of zoom center (0-1)"""
    user_prompt: str = ""
    """Additional prompt text to guide the zoom enhancement"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class ChainOfZoomOutput(OutputModel):
    images: list[Image]
    """List of intermediate images"""
    scale: float
    """Actual linear zoom scale applied"""
    zoom_center: list[float]
    """Center coordinates used for zoom"""


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"
