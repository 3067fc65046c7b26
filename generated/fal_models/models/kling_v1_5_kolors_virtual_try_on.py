# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class KlingV1_5KolorsVirtualTryOnInput(InputModel):
    human_image_url: Annotated[
        str, Field(description="Url for the human image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url for the human image."""

    garment_image_url: Annotated[
        str, Field(description="Url to the garment image.", json_schema_extra={"x-fal-file": True})
    ]
    """Url to the garment image."""

    sync_mode: Annotated[
        bool, Field(description="If true, the function will return the image in the response.")
    ] = False
    """If true, the function will return the image in the response."""


class KlingV1_5KolorsVirtualTryOnOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The output image.")]
    """The output image."""
