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


class WanV2_6ImageToImageInput(InputModel):
    """Input for Wan 2.6 image editing with reference images (enable_interleave=false)"""

    prompt: Annotated[
        str,
        Field(
            description="Text prompt describing the desired image. Supports Chinese and English. "
            "Max 2000 characters. Example: 'Generate an image using the style of image 1 and "
            "background of image 2'.",
            min_length=1,
        ),
    ]
    """Text prompt describing the desired image. Supports Chinese and English. Max 2000
    characters. Example: 'Generate an image using the style of image 1 and background of image
    2'.
    """

    image_urls: Annotated[
        list[str],
        Field(
            description="Reference images for editing (1-3 images required). Order matters: "
            "reference as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each "
            "dimension. Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Reference images for editing (1-3 images required). Order matters: reference as 'image 1',
    'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension. Max size: 10MB
    each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP.
    """

    negative_prompt: Annotated[
        str | None,
        Field(description="Content to avoid in the generated image. Max 500 characters."),
    ] = ""
    """Content to avoid in the generated image. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="Output image size. Use presets like 'square_hd', 'landscape_16_9', "
            "'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720). "
            "Total pixels must be between 768*768 and 1280*1280.",
            validate_default=True,
        ),
    ] = "square_hd"
    """Output image size. Use presets like 'square_hd', 'landscape_16_9', 'portrait_9_16', or
    specify exact dimensions with ImageSize(width=1280, height=720). Total pixels must be
    between 768*768 and 1280*1280.
    """

    num_images: Annotated[
        int,
        Field(
            description="Number of images to generate (1-4). Directly affects billing cost.",
            ge=1,
            le=4,
        ),
    ] = 1
    """Number of images to generate (1-4). Directly affects billing cost."""

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Enable LLM prompt optimization. Significantly improves results for "
            "simple prompts but adds 3-4 seconds processing time."
        ),
    ] = True
    """Enable LLM prompt optimization. Significantly improves results for simple prompts but adds
    3-4 seconds processing time.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility (0-2147483647). Same seed produces more "
            "consistent results."
        ),
    ] = MISSING
    """Random seed for reproducibility (0-2147483647). Same seed produces more consistent
    results.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="Enable content moderation for input and output.")
    ] = True
    """Enable content moderation for input and output."""


class WanV2_6ImageToImageOutput(OutputModel):
    """Output for Wan 2.6 image editing"""

    images: Annotated[list[shared.File], Field(description="Generated images in PNG format")]
    """Generated images in PNG format"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
