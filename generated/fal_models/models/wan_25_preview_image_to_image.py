# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


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


class Wan25PreviewImageToImageInput(InputModel):
    """Input for image editing"""

    prompt: Annotated[str, Field(min_length=1)]
    """The text prompt describing how to edit the image. Max 2000 characters."""
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """URLs of images to edit. For single-image editing, provide 1 URL. For multi-reference
    generation, provide up to 2 URLs. If more than 2 URLs are provided, only the first 2 will
    be used.
    """
    negative_prompt: str | None | MISSING = MISSING
    """Negative prompt to describe content to avoid. Max 500 characters."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square"
    )
    """The size of the generated image. Width and height must be between 384 and 1440 pixels."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate. Values from 1 to 4."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class Wan25PreviewImageToImageOutput(OutputModel):
    """Output for image editing"""

    images: list[ImageFile]
    """The edited images"""
    seeds: list[int]
    """The seeds used for each generated image"""
    actual_prompt: str | None | MISSING = MISSING
    """The original prompt (prompt expansion is not available for image editing)"""
