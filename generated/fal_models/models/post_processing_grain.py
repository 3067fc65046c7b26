# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class PostProcessingGrainInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of image to process", json_schema_extra={"x-fal-file": True})
    ]
    """URL of image to process"""

    grain_intensity: Annotated[
        float, Field(description="Film grain intensity", ge=0.0, le=1.0, multiple_of=0.01)
    ] = 0.4
    """Film grain intensity"""

    grain_scale: Annotated[float, Field(description="Film grain scale", ge=1.0, le=100.0)] = 10
    """Film grain scale"""

    grain_style: Annotated[
        Literal["modern", "analog", "kodak", "fuji", "cinematic", "newspaper"],
        Field(description="Style of film grain to apply"),
    ] = "modern"
    """Style of film grain to apply"""


class PostProcessingGrainOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The processed images with grain effect")
    ]
    """The processed images with grain effect"""
