# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class HidreamO1ImageDevInput(InputModel):
    prompt: Annotated[str, Field(min_length=1)]
    """Text prompt for image generation, editing, or subject-driven personalization."""
    reference_image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})] = []
    """Optional reference images. Use none for text-to-image, one for image editing, or multiple
    for subject-driven personalization.
    """
    image_size: shared.ImageSize | ImageSizePreset | MISSING = MISSING
    """Requested output image size. Dimensions are rounded down to a multiple of 32, up to about
    2048x2048 pixels.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=28)] = 28
    """Number of denoising steps. The dev model is distilled for 28 steps."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 0
    """Classifier-free guidance scale. The dev model uses 0.0 by default."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """Enable the safety checker on generated images."""
    keep_original_aspect: bool = False
    """When exactly one reference image is provided, preserve its aspect ratio for the output
    image.
    """


class HidreamO1ImageDevOutput(OutputModel):
    images: list[ImageFile]
    """Generated images."""
    seed: int
    """The seed used for generation."""
    has_nsfw_concepts: list[bool]
    """Whether each generated image was flagged by the safety checker."""
    prompt: str
    """The prompt used for generation."""
    timings: dict[str, float]
    """Generation timings."""


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
