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


class NanoBananaEditInput(InputModel):
    prompt: Annotated[str, Field(max_length=50000, min_length=3)]
    """The prompt for image editing."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    seed: int | None | MISSING = MISSING
    """The seed for the random number generator."""
    aspect_ratio: (
        Literal["auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"]
        | None
    ) = "auto"
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
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """The URLs of the images to use for image-to-image generation or image editing."""
    limit_generations: bool = False
    """Experimental parameter to limit the number of generations from each round of prompting to
    1. Set to `True` to to disregard any instructions in the prompt regarding the number of
    images to generate.
    """


class NanoBananaEditOutput(OutputModel):
    images: list[ImageFile]
    """The edited images."""
    description: str
    """The description of the generated images."""
