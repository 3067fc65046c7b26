# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class AuraSrInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the image to upscale."""
    upscale_factor: Literal[4] = 4
    """Upscaling factor. More coming soon."""
    overlapping_tiles: bool = False
    """Whether to use overlapping tiles for upscaling. Setting this to true helps remove seams
    but doubles the inference time.
    """
    checkpoint: Literal["v1", "v2"] = "v1"
    """Checkpoint to use for upscaling. More coming soon."""


class AuraSrOutput(OutputModel):
    image: shared.Image
    """Upscaled image"""
    timings: dict[str, float]
    """Timings for each step in the pipeline."""
