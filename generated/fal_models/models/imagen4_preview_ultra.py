# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


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


class Imagen4PreviewUltraInput(InputModel):
    prompt: Annotated[str, Field(max_length=5000, min_length=3)]
    """The text prompt to generate an image from."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] = "1:1"
    """The aspect ratio of the generated image."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] = "4"
    """The safety tolerance level for content moderation. 1 is the most strict (blocks most
    content), 6 is the least strict.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    resolution: Literal["1K", "2K"] = "1K"
    """The resolution of the generated image."""


class Imagen4PreviewUltraOutput(OutputModel):
    images: list[ImageFile]
    """The generated images."""
    description: str
    """The description of the generated images."""
