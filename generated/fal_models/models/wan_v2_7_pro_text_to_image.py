# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

NegativePrompt = TypeAliasType(
    "NegativePrompt",
    Annotated[
        str,
        Field(
            description="Content to avoid in the generated image. Max 500 characters.",
            max_length=500,
        ),
    ],
)


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class WanV2_7ProTextToImageInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired output. Supports Chinese and English.",
            max_length=2000,
            min_length=1,
        ),
    ]
    """Text prompt describing the desired output. Supports Chinese and English."""

    negative_prompt: Annotated[
        NegativePrompt | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    """Content to avoid in the generated image. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="Output image size.", validate_default=True),
    ] = "square_hd"
    """Output image size."""

    max_images: Annotated[
        int, Field(description="Maximum number of images to generate (1-5).", ge=1, le=5)
    ] = 1
    """Maximum number of images to generate (1-5)."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducibility (0-2147483647).")
    ] = MISSING
    """Random seed for reproducibility (0-2147483647)."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content moderation for input and output.")
    ] = True
    """Enable content moderation for input and output."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated images.")
    ] = "jpeg"
    """The format of the generated images."""


class WanV2_7ProTextToImageOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="Generated images.")]
    """Generated images."""

    generated_text: Annotated[
        str | None | MISSING, Field(description="Optional generated text returned by the model.")
    ] = MISSING
    """Optional generated text returned by the model."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
