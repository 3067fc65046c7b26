# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


NegativePrompt = TypeAliasType("NegativePrompt", Annotated[str, Field(max_length=500)])
"""Content to avoid in the generated image. Max 500 characters."""


class WanV2_7ProTextToImageInput(InputModel):
    prompt: Annotated[str, Field(max_length=2000, min_length=1)]
    """Text prompt describing the desired output. Supports Chinese and English."""
    negative_prompt: NegativePrompt | None = ""
    """Content to avoid in the generated image. Max 500 characters."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """Output image size."""
    max_images: Annotated[int, Field(ge=1, le=5)] = 1
    """Maximum number of images to generate (1-5)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility (0-2147483647)."""
    enable_safety_checker: bool = True
    """Enable content moderation for input and output."""
    output_format: Literal["jpeg", "png", "webp"] = "jpeg"
    """The format of the generated images."""


class WanV2_7ProTextToImageOutput(OutputModel):
    images: list[shared.File]
    """Generated images."""
    generated_text: str | None | MISSING = MISSING
    """Optional generated text returned by the model."""
    seed: int
    """The seed used for generation."""
