# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class TheraInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of image to be used for upscaling",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to be used for upscaling"""

    upscale_factor: Annotated[
        float, Field(description="The upscaling factor for the image.", ge=1.0, le=6.0)
    ] = 2
    """The upscaling factor for the image."""

    backbone: Annotated[Literal["edsr", "rdn"], Field(description="Backbone to use for upscaling")]
    """Backbone to use for upscaling"""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""


class TheraOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
