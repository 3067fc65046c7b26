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


class WanV2_7ProEditInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image edit. Supports Chinese and "
            "English.",
            max_length=2000,
            min_length=1,
        ),
    ]
    """Text prompt describing the desired image edit. Supports Chinese and English."""

    image_urls: Annotated[
        list[str],
        Field(
            description="Reference images for editing (1-4 images required). Order matters: "
            "reference them as image 1, image 2, image 3, image 4 in the prompt.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference images for editing (1-4 images required). Order matters: reference them as image
    1, image 2, image 3, image 4 in the prompt.
    """

    negative_prompt: Annotated[
        NegativePrompt | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    """Content to avoid in the generated image. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="Output image size. Uses fal image size presets or explicit dimensions "
            "and is converted to DashScope size format.",
            validate_default=True,
        ),
    ] = "square_hd"
    """Output image size. Uses fal image size presets or explicit dimensions and is converted to
    DashScope size format.
    """

    num_images: Annotated[
        int, Field(description="Number of images to generate (1-4).", ge=1, le=4)
    ] = 1
    """Number of images to generate (1-4)."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(description="Enable DashScope prompt expansion. Supported only for image edit mode."),
    ] = True
    """Enable DashScope prompt expansion. Supported only for image edit mode."""

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


class WanV2_7ProEditOutput(OutputModel):
    images: Annotated[list[shared.File], Field(description="Generated images.")]
    """Generated images."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
