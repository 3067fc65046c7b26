# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class BriaBackgroundRemoveInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="Input image to remove background from.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input image to remove background from."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BriaBackgroundRemoveOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Background removed image.")]
    """Background removed image."""
