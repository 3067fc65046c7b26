# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsScribbleInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to process"""
    model: Literal["HED", "PiDi"] = "HED"
    """The model to use for the Scribble detector"""
    safe: bool = False
    """Whether to use the safe version of the Scribble detector"""


class ImagePreprocessorsScribbleOutput(OutputModel):
    image: shared.Image
    """Image with lines detected using the Scribble detector"""
