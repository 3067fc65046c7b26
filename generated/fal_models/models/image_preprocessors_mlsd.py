# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsMlsdInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    score_threshold: Annotated[
        float, Field(description="Score threshold for the MLSD detector")
    ] = 0.1
    """Score threshold for the MLSD detector"""

    distance_threshold: Annotated[
        float, Field(description="Distance threshold for the MLSD detector")
    ] = 0.1
    """Distance threshold for the MLSD detector"""


class ImagePreprocessorsMlsdOutput(OutputModel):
    image: Annotated[
        shared.Image, Field(description="Image with lines detected using the MLSD detector")
    ]
    """Image with lines detected using the MLSD detector"""
