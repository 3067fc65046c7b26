# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DdcolorInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to be used for relighting"""
    seed: int | MISSING = MISSING
    """seed to be used for generation"""


class DdcolorOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
