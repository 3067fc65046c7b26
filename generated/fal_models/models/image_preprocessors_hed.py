# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsHedInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    safe: Annotated[
        bool, Field(description="Whether to use the safe version of the HED detector")
    ] = False
    """Whether to use the safe version of the HED detector"""

    scribble: Annotated[
        bool, Field(description="Whether to use the scribble version of the HED detector")
    ] = False
    """Whether to use the scribble version of the HED detector"""


class ImagePreprocessorsHedOutput(OutputModel):
    image: Annotated[
        shared.Image, Field(description="Image with lines detected using the HED detector")
    ]
    """Image with lines detected using the HED detector"""
