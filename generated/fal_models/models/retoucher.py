# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class RetoucherInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to be retouched.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image to be retouched."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Seed for reproducibility. Different seeds will make slightly different "
            "results."
        ),
    ] = MISSING
    """Seed for reproducibility. Different seeds will make slightly different results."""


class RetoucherOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

    seed: Annotated[int, Field(description="The seed used for the generation.")]
    """The seed used for the generation."""
