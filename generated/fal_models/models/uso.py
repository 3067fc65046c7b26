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
    prompt: str = ""
    """Text prompt for generation. Can be empty for pure style transfer."""
    input_image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """List of image URLs in order: [content_image, style_image, extra_style_image]."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """The size of the generated image."""
    negative_prompt: str = ""
    """What you don't want in the image. Use it to exclude unwanted elements, styles, or
    artifacts.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 28
    """Number of denoising steps. More steps can improve quality but increase generation time."""
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 4
    """How closely to follow the prompt. Higher values stick closer to the prompt."""
    keep_size: bool = False
    """Preserve the layout and dimensions of the input content image. Useful for style transfer."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate in parallel."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation. Use same seed for consistent results."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """Enable NSFW content detection and filtering."""
    output_format: Literal["jpeg", "png"] = "png"
    """Output image format. PNG preserves transparency, JPEG is smaller."""


class UsoOutput(OutputModel):
    images: list[shared.Image]
    """The generated images with applied style and/or subject customization"""
    seed: int
    """Seed used for generation"""
    has_nsfw_concepts: list[bool]
    """NSFW detection results for each generated image"""
    prompt: str
    """The prompt used for generation"""
    timings: dict[str, Any]
    """Performance timings for different stages"""
