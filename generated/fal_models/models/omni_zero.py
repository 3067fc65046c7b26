# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class OmniZeroInput(InputModel):
    prompt: Annotated[str, Field(description="Prompt to guide the image generation.")]
    """Prompt to guide the image generation."""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to guide the image generation.")
    ] = ""
    """Negative prompt to guide the image generation."""

    image_url: Annotated[
        str, Field(description="Input image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Input image url."""

    composition_image_url: Annotated[
        str, Field(description="Composition image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Composition image url."""

    style_image_url: Annotated[
        str, Field(description="Style image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Style image url."""

    identity_image_url: Annotated[
        str, Field(description="Identity image url.", json_schema_extra={"x-fal-file": True})
    ]
    """Identity image url."""

    image_strength: Annotated[float, Field(description="Image strength.")] = 0.75
    """Image strength."""

    composition_strength: Annotated[float, Field(description="Composition strength.")] = 1
    """Composition strength."""

    depth_strength: Annotated[float, Field(description="Depth strength.")] = 0.5
    """Depth strength."""

    style_strength: Annotated[float, Field(description="Style strength.")] = 1
    """Style strength."""

    face_strength: Annotated[float, Field(description="Face strength.")] = 1
    """Face strength."""

    identity_strength: Annotated[float, Field(description="Identity strength.")] = 1
    """Identity strength."""

    guidance_scale: Annotated[float, Field(description="Guidance scale.")] = 5
    """Guidance scale."""

    seed: Annotated[int, Field(description="Seed.")] = 42
    """Seed."""

    number_of_images: Annotated[int, Field(description="Number of images.")] = 1
    """Number of images."""


class OmniZeroOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image.")]
    """The generated image."""
