# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput


class ChainOfZoomInput(InputModel):
    image_url: Annotated[
        str, Field(description="Input image to zoom into", json_schema_extra={"x-fal-file": True})
    ]
    """Input image to zoom into"""

    scale: Annotated[
        float, Field(description="Zoom scale in powers of 2", ge=1.0, le=8.0, multiple_of=1.0)
    ] = 5
    """Zoom scale in powers of 2"""

    center_x: Annotated[
        float, Field(description="X coordinate of zoom center (0-1)", ge=0.0, le=1.0)
    ] = 0.5
    """X coordinate of zoom center (0-1)"""

    center_y: Annotated[
        float, Field(description="Y coordinate of zoom center (0-1)", ge=0.0, le=1.0)
    ] = 0.5
    """Y coordinate of zoom center (0-1)"""

    user_prompt: Annotated[
        str, Field(description="Additional prompt text to guide the zoom enhancement")
    ] = ""
    """Additional prompt text to guide the zoom enhancement"""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class ChainOfZoomOutput(OutputModel):
    images: Annotated[list[Image], Field(description="List of intermediate images")]
    """List of intermediate images"""

    scale: Annotated[float, Field(description="Actual linear zoom scale applied")]
    """Actual linear zoom scale applied"""

    zoom_center: Annotated[list[float], Field(description="Center coordinates used for zoom")]
    """Center coordinates used for zoom"""
