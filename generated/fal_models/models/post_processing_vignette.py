# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingVignetteInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    vignette_strength: Annotated[float, Field(description="Vignette strength", ge=0.0, le=10.0)] = (
        0.5
    )
    """Vignette strength"""


class PostProcessingVignetteOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with vignette effect")
    ]
    """The processed images with vignette effect"""
