# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsTeedInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""


class ImagePreprocessorsTeedOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Image with TeeD lines detected")]
    """Image with TeeD lines detected"""
