# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class AuraSrInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="URL of the image to upscale.", json_schema_extra={"x-fal-file": True}),
    ]
    """URL of the image to upscale."""

    upscale_factor: Annotated[
        Literal[4], Field(description="Upscaling factor. More coming soon.")
    ] = 4
    """Upscaling factor. More coming soon."""

    overlapping_tiles: Annotated[
        bool,
        Field(
            description="Whether to use overlapping tiles for upscaling. Setting this to true "
            "helps remove seams but doubles the inference time."
        ),
    ] = False
    """Whether to use overlapping tiles for upscaling. Setting this to true helps remove seams
    but doubles the inference time.
    """

    checkpoint: Annotated[
        Literal["v1", "v2"], Field(description="Checkpoint to use for upscaling. More coming soon.")
    ] = "v1"
    """Checkpoint to use for upscaling. More coming soon."""


class AuraSrOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Upscaled image")]
    """Upscaled image"""

    timings: Annotated[
        dict[str, float], Field(description="Timings for each step in the pipeline.")
    ]
    """Timings for each step in the pipeline."""
