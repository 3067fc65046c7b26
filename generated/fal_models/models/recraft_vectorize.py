# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class RecraftVectorizeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be vectorized. Must be in PNG, JPG or WEBP "
            "format, less than 5 MB in size, have resolution less than 16 MP and max dimension "
            "less than 4096 pixels, min dimension more than 256 pixels.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format, less than 5 MB
    in size, have resolution less than 16 MP and max dimension less than 4096 pixels, min
    dimension more than 256 pixels.
    """


class RecraftVectorizeOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The vectorized image.")]
    """The vectorized image."""
