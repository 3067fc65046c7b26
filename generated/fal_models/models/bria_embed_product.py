# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Coordinates(InputModel):
    x: Annotated[float, Field(description="X coordinate of the product in the image.")]
    """X coordinate of the product in the image."""

    y: Annotated[float, Field(description="Y coordinate of the product in the image.")]
    """Y coordinate of the product in the image."""

    width: Annotated[float, Field(description="Width of the product in the image.")]
    """Width of the product in the image."""

    height: Annotated[float, Field(description="Height of the product in the image.")]
    """Height of the product in the image."""


class EmbedItem(InputModel):
    image_source: Annotated[str | MISSING, Field(description="URL of the image.")] = MISSING
    """URL of the image."""

    coordinates: Coordinates


class BriaEmbedProductInput(InputModel):
    image_source: Annotated[str | MISSING, Field(description="URL of the image.")] = MISSING
    """URL of the image."""

    products: Annotated[
        list[EmbedItem] | MISSING,
        Field(description="List of products to embed in the image.", max_length=10, min_length=1),
    ] = MISSING
    """List of products to embed in the image."""

    seed: Annotated[int, Field(description="Random seed for reproducibility.")] = 5555
    """Random seed for reproducibility."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If true, returns the image directly in the response (increases latency)."
        ),
    ] = False
    """If true, returns the image directly in the response (increases latency)."""


class BriaEmbedProductOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image with products embedded.")]
    """Generated image with products embedded."""

    seed: Annotated[int, Field(description="Seed used for generation.")]
    """Seed used for generation."""
