# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BriaEmbedProductInput(InputModel):
    image_source: str | MISSING = MISSING
    """URL of the image."""
    products: Annotated[list[EmbedItem] | MISSING, Field(max_length=10, min_length=1)] = MISSING
    """List of products to embed in the image."""
    seed: int = 5555
    """Random seed for reproducibility."""
    sync_mode: bool = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaEmbedProductOutput(OutputModel):
    image: shared.Image
    """Generated image with products embedded."""
    seed: int
    """Seed used for generation."""


class Coordinates(InputModel):
    x: float
    """X coordinate of the product in the image."""
    y: float
    """Y coordinate of the product in the image."""
    width: float
    """Width of the product in the image."""
    height: float
    """Height of the product in the image."""


class EmbedItem(InputModel):
    image_source: str | MISSING = MISSING
    """URL of the image."""
    coordinates: Coordinates
