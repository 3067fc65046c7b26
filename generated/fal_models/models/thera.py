# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TheraInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to be used for upscaling"""
    upscale_factor: Annotated[float, Field(ge=1.0, le=6.0)] = 2
    """The upscaling factor for the image."""
    backbone: Literal["edsr", "rdn"]
    """Backbone to use for upscaling"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""


class TheraOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
