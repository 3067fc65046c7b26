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


class XaiGrokImagineImageEditInput(InputModel):
    prompt: Annotated[str, Field(max_length=8000)]
    """Text description of the desired image."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    aspect_ratio: Literal[
        "auto",
        "2:1",
        "20:9",
        "19.5:9",
        "16:9",
        "4:3",
        "3:2",
        "1:1",
        "2:3",
        "3:4",
        "9:16",
        "9:19.5",
        "9:20",
        "1:2",
    ] = "auto"
    """Aspect ratio of the edited image. When set to `auto` (the default), the output preserves
    the aspect ratio of the first input image.
    """
    resolution: Literal["1k", "2k"] = "1k"
    """Resolution of the generated image. `1k` for standard resolution, `2k` for high resolution."""
    output_format: Literal["jpeg", "png", "webp"] = "jpeg"
    """The format of the generated image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    image_urls: Annotated[list[str] | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """List of URLs of the images to edit. A maximum of 3 images are supported."""


class XaiGrokImagineImageEditOutput(OutputModel):
    images: list[ImageFile]
    """The URL of the edited image."""
    revised_prompt: str | None | MISSING = MISSING
    """The enhanced prompt that was used to generate the image."""
