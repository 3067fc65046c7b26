# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Any, Literal

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


class UsoInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text prompt for generation. Can be empty for pure style transfer.")
    ] = ""
    """Text prompt for generation. Can be empty for pure style transfer."""

    input_image_urls: Annotated[
        list[str],
        Field(
            description="List of image URLs in order: [content_image, style_image, "
            "extra_style_image].",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of image URLs in order: [content_image, style_image, extra_style_image]."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    negative_prompt: Annotated[
        str,
        Field(
            description="What you don't want in the image. Use it to exclude unwanted elements, "
            "styles, or artifacts."
        ),
    ] = ""
    """What you don't want in the image. Use it to exclude unwanted elements, styles, or
    artifacts.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps. More steps can improve quality but increase "
            "generation time.",
            ge=1,
            le=50,
        ),
    ] = 28
    """Number of denoising steps. More steps can improve quality but increase generation time."""

    guidance_scale: Annotated[
        float,
        Field(
            description="How closely to follow the prompt. Higher values stick closer to the "
            "prompt.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4
    """How closely to follow the prompt. Higher values stick closer to the prompt."""

    keep_size: Annotated[
        bool,
        Field(
            description="Preserve the layout and dimensions of the input content image. Useful "
            "for style transfer."
        ),
    ] = False
    """Preserve the layout and dimensions of the input content image. Useful for style transfer."""

    num_images: Annotated[
        int, Field(description="Number of images to generate in parallel.", ge=1, le=4)
    ] = 1
    """Number of images to generate in parallel."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible generation. Use same seed for consistent "
            "results."
        ),
    ] = MISSING
    """Random seed for reproducible generation. Use same seed for consistent results."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="Enable NSFW content detection and filtering.")
    ] = True
    """Enable NSFW content detection and filtering."""

    output_format: Annotated[
        Literal["jpeg", "png"],
        Field(description="Output image format. PNG preserves transparency, JPEG is smaller."),
    ] = "png"
    """Output image format. PNG preserves transparency, JPEG is smaller."""


class UsoOutput(OutputModel):
    images: Annotated[
        list[shared.Image],
        Field(description="The generated images with applied style and/or subject customization"),
    ]
    """The generated images with applied style and/or subject customization"""

    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="NSFW detection results for each generated image")
    ]
    """NSFW detection results for each generated image"""

    prompt: Annotated[str, Field(description="The prompt used for generation")]
    """The prompt used for generation"""

    timings: Annotated[
        dict[str, Any], Field(description="Performance timings for different stages")
    ]
    """Performance timings for different stages"""
