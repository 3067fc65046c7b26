# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OmniZeroInput(InputModel):
    prompt: str
    """Prompt to guide the image generation."""
    negative_prompt: str = ""
    """Negative prompt to guide the image generation."""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Input image url."""
    composition_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Composition image url."""
    style_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Style image url."""
    identity_image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """Identity image url."""
    image_strength: float = 0.75
    """Image strength."""
    composition_strength: float = 1
    """Composition strength."""
    depth_strength: float = 0.5
    """Depth strength."""
    style_strength: float = 1
    """Style strength."""
    face_strength: float = 1
    """Face strength."""
    identity_strength: float = 1
    """Identity strength."""
    guidance_scale: float = 5
    """Guidance scale."""
    seed: int = 42
    """Seed."""
    number_of_images: int = 1
    """Number of images."""


class OmniZeroOutput(OutputModel):
    image: shared.Image
    """The generated image."""
