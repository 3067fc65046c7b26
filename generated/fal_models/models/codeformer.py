# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CodeformerInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of image to be used for relighting"""
    fidelity: float = 0.5
    """Weight of the fidelity factor."""
    upscale_factor: float = 2
    """Upscaling factor"""
    aligned: bool = False
    """Should faces etc should be aligned."""
    only_center_face: bool = False
    """Should only center face be restored"""
    face_upscale: bool = True
    """Should faces be upscaled"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""


class CodeformerOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
