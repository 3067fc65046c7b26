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
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
        "auto",
    ],
)


class OpenaiGptImage2EditInput(InputModel):
    prompt: Annotated[str, Field(max_length=32000, min_length=2)]
    """The prompt for image generation"""
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """The URLs of the images to use as a reference for the generation."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = "auto"
    """The size of the generated image. Use 'auto' to infer from input images."""
    quality: Literal["auto", "low", "medium", "high"] = "high"
    """Quality for the generated image. Use 'auto' to let the model pick the best quality for the
    prompt.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate"""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """Output format for the images"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    mask_url: Annotated[str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The URL of the mask image to use for the generation. This indicates what part of the image
    to edit.
    """


class OpenaiGptImage2EditOutput(OutputModel):
    images: list[ImageFile]
    """The generated images."""
