# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class Flux2Klein9bBaseEditInput(InputModel):
    prompt: str
    """The prompt to edit the image."""
    negative_prompt: str = ""
    """Negative prompt for classifier-free guidance. Describes what to avoid in the image."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 5
    """Guidance scale for classifier-free guidance."""
    seed: int | None | MISSING = MISSING
    """The seed to use for the generation. If not provided, a random seed will be used."""
    num_inference_steps: Annotated[int, Field(ge=4, le=50)] = 28
    """The number of inference steps to perform."""
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    """The size of the generated image. If not provided, uses the input image size."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    acceleration: Literal["none", "regular", "high"] = "regular"
    """The acceleration level to use for image generation."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI. Output is not stored when this is
    True.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """The URLs of the images for editing. A maximum of 4 images are allowed."""


class Flux2Klein9bBaseEditOutput(OutputModel):
    images: list[ImageFile]
    """The edited images"""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""


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
