# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class RecraftUpscaleCreativeInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be upscaled. Must be in PNG format.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be upscaled. Must be in PNG format."""

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

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""


class RecraftUpscaleCreativeOutput(OutputModel):
    image: Annotated[shared.File, Field(description="The upscaled image.")]
    """The upscaled image."""
