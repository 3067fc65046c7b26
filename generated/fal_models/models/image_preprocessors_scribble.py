# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsScribbleInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    model: Annotated[
        Literal["HED", "PiDi"], Field(description="The model to use for the Scribble detector")
    ] = "HED"
    """The model to use for the Scribble detector"""

    safe: Annotated[
        bool, Field(description="Whether to use the safe version of the Scribble detector")
    ] = False
    """Whether to use the safe version of the Scribble detector"""


class ImagePreprocessorsScribbleOutput(OutputModel):
    image: Annotated[
        shared.Image, Field(description="Image with lines detected using the Scribble detector")
    ]
    """Image with lines detected using the Scribble detector"""
