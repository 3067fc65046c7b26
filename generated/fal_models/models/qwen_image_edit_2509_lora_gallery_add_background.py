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


class QwenImageEdit2509LoraGalleryAddBackgroundInput(InputModel):
    """Input model for Add Background endpoint - Remove white background and add a realistic
    scene
    """

    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """The URLs of the images to edit. Provide an image with a white or clean background."""
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    """The size of the generated image. If not provided, the size of the final input image will
    be used.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 1
    """The CFG (Classifier Free Guidance) scale. Controls how closely the model follows the
    prompt.
    """
    num_inference_steps: Annotated[int, Field(ge=2, le=50)] = 6
    """The number of inference steps to perform."""
    acceleration: Literal["none", "regular"] = "regular"
    """Acceleration level for image generation. 'regular' balances speed and quality."""
    negative_prompt: str = " "
    """The negative prompt for the generation"""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. Same seed with same prompt will produce same result."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and won't be saved in history."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker for the generated image."""
    output_format: Literal["png", "jpeg", "webp"] = "png"
    """The format of the output image"""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate"""
    prompt: str = "Remove white background and add a realistic scene behind the object"
    """Describe the background/scene you want to add behind the object. The model will remove the
    white background and add the specified environment.
    """
    lora_scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """The scale factor for the LoRA model. Controls the strength of the LoRA effect."""


class QwenImageEdit2509LoraGalleryAddBackgroundOutput(OutputModel):
    images: list[shared.Image]
    """The generated/edited images"""
    seed: int
    """The seed used for generation"""
