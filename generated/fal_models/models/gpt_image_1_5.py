# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class GptImage1_5Input(InputModel):
    prompt: Annotated[str, Field(max_length=32000, min_length=2)]
    """The prompt for image generation"""
    image_size: Literal["1024x1024", "1536x1024", "1024x1536"] = "1024x1024"
    """Aspect ratio for the generated image"""
    background: Literal["auto", "transparent", "opaque"] = "auto"
    """Background for the generated image"""
    quality: Literal["low", "medium", "high"] = "high"
    """Quality for the generated image"""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate"""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """Output format for the images"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class GptImage1_5Output(OutputModel):
    images: list[ImageFile]
    """The generated images."""


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
