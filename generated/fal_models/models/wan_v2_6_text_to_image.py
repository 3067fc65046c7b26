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


class WanV2_6TextToImageInput(InputModel):
    """Input for Wan 2.6 text-to-image or mixed text-and-image generation
    (enable_interleave=true)
    """

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image. Supports Chinese and English. "
            "Max 2000 characters.",
            min_length=1,
        ),
    ]
    """Text prompt describing the desired image. Supports Chinese and English. Max 2000
    characters.
    """

    image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional reference image (0 or 1). When provided, can be used for style "
            "guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG, "
            "PNG (no alpha), BMP, WEBP.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional reference image (0 or 1). When provided, can be used for style guidance.
    Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG, PNG (no alpha),
    BMP, WEBP.
    """

    negative_prompt: Annotated[
        str | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    """Content to avoid in the generated image. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="Output image size. If not set: matches input image size (up to "
            "1280*1280). Use presets like 'square_hd', 'landscape_16_9', or specify exact "
            "dimensions."
        ),
    ] = MISSING
    """Output image size. If not set: matches input image size (up to 1280*1280). Use presets
    like 'square_hd', 'landscape_16_9', or specify exact dimensions.
    """

    max_images: Annotated[
        int,
        Field(
            description="Maximum number of images to generate (1-5). Actual count may be less "
            "depending on model inference.",
            ge=1,
            le=5,
        ),
    ] = 1
    """Maximum number of images to generate (1-5). Actual count may be less depending on model
    inference.
    """

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducibility (0-2147483647).")
    ] = MISSING
    """Random seed for reproducibility (0-2147483647)."""

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content moderation for input and output.")
    ] = True
    """Enable content moderation for input and output."""


class WanV2_6TextToImageOutput(OutputModel):
    """Output for Wan 2.6 text-to-image (can include generated text in mixed mode)"""

    images: Annotated[list[shared.File], Field(description="Generated images in PNG format")]
    """Generated images in PNG format"""

    generated_text: Annotated[
        str | None | MISSING,
        Field(
            description="Generated text content (in mixed text-and-image mode). May be None if "
            "only images were generated."
        ),
    ] = MISSING
    """Generated text content (in mixed text-and-image mode). May be None if only images were
    generated.
    """

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
