# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class RetoucherInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to be retouched."""
    seed: int | None | MISSING = MISSING
    """Seed for reproducibility. Different seeds will make slightly different results."""


class RetoucherOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
    seed: int
    """The seed used for the generation."""
