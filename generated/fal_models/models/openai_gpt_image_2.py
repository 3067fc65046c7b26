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


class OpenaiGptImage2Input(InputModel):
    prompt: Annotated[str, Field(max_length=32000, min_length=2)]
    """The prompt for image generation"""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "landscape_4_3"
    )
    """The size of the generated image. Supports preset names, explicit {width, height}, or
    'auto' to let the model pick the best size. Concrete sizes must have both dimensions as
    multiples of 16, max edge 3840px, aspect ratio <= 3:1, total pixels between 655,360 and
    8,294,400.
    """
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


class OpenaiGptImage2Output(OutputModel):
    images: list[ImageFile]
    """The generated images."""
