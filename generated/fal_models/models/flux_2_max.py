# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class Flux2MaxInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "landscape_4_3"
    )
    """The size of the generated image."""
    seed: int | None | MISSING = MISSING
    """The seed to use for the generation."""
    safety_tolerance: Literal["1", "2", "3", "4", "5"] = "2"
    """The safety tolerance level for the generated image. 1 being the most strict and 5 being
    the most permissive.
    """
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class Flux2MaxOutput(OutputModel):
    images: list[ImageFile]
    """The generated images."""
    seed: int
    """The seed used for the generation."""


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
