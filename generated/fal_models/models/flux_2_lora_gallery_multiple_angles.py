# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Flux2LoraGalleryMultipleAnglesInput(InputModel):
    """Input model for Multiple Angles endpoint - Camera control with precise adjustments using
    <sks> trigger word. Prompt is built automatically from slider values.
    """

    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to adjust camera angle for."""
    horizontal_angle: Annotated[float, Field(ge=0.0, le=360.0)] = 0
    """Horizontal rotation angle around the object in degrees. 0°=front view, 90°=right side,
    180°=back view, 270°=left side, 360°=front view again.
    """
    vertical_angle: Annotated[float, Field(ge=0.0, le=60.0)] = 0
    """Vertical camera angle in degrees. 0°=eye-level shot, 30°=elevated shot, 60°=high-angle
    shot (looking down from above).
    """
    zoom: Annotated[float, Field(ge=0.0, le=10.0)] = 5
    """Camera zoom/distance. 0=wide shot (far away), 5=medium shot (normal), 10=close-up (very
    close).
    """
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    """The size of the generated image. If not provided, the size of the input image will be
    used.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 2.5
    """The CFG (Classifier Free Guidance) scale."""
    num_inference_steps: Annotated[int, Field(ge=4, le=50)] = 40
    """The number of inference steps to perform."""
    acceleration: Literal["none", "regular"] = "regular"
    """Acceleration level for image generation."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""
    sync_mode: bool = False
    """If True, the media will be returned as a data URI."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    output_format: Literal["png", "jpeg", "webp"] = "png"
    """The format of the output image."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    lora_scale: Annotated[float, Field(ge=0.0, le=2.0)] = 1
    """The strength of the multiple angles effect."""


class Flux2LoraGalleryMultipleAnglesOutput(OutputModel):
    images: list[shared.Image]
    """The generated images with multiple camera angles"""
    seed: int
    """The seed used for generation"""
    prompt: str
    """The prompt used for generation"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
