# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class DrctSuperResolutionInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to upscale.", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to upscale."""

    upscale_factor: Annotated[Literal[4], Field(description="Upscaling factor.")] = 4
    """Upscaling factor."""


class DrctSuperResolutionOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Upscaled image")]
    """Upscaled image"""
