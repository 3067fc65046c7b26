# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class ImagePreprocessorsPidiInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to process", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to process"""

    safe: Annotated[
        bool, Field(description="Whether to use the safe version of the Pidi detector")
    ] = False
    """Whether to use the safe version of the Pidi detector"""

    scribble: Annotated[
        bool, Field(description="Whether to use the scribble version of the Pidi detector")
    ] = False
    """Whether to use the scribble version of the Pidi detector"""

    apply_filter: Annotated[
        bool, Field(description="Whether to apply the filter to the image.")
    ] = False
    """Whether to apply the filter to the image."""


class ImagePreprocessorsPidiOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Image with Pidi lines detected")]
    """Image with Pidi lines detected"""
