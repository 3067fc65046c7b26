# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingParabolizeInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    parabolize_coeff: Annotated[
        float, Field(description="Parabolize coefficient", ge=-10.0, le=10.0)
    ] = 1
    """Parabolize coefficient"""

    vertex_x: Annotated[float, Field(description="Vertex X position", ge=0.0, le=1.0)] = 0.5
    """Vertex X position"""

    vertex_y: Annotated[float, Field(description="Vertex Y position", ge=0.0, le=1.0)] = 0.5
    """Vertex Y position"""


class PostProcessingParabolizeOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with parabolize effect")
    ]
    """The processed images with parabolize effect"""
