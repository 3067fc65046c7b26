# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Emu3_5ImageTextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to create the image.")]
    """The prompt to create the image."""

    resolution: Annotated[
        Literal["480p", "720p"], Field(description="The resolution of the output image.")
    ] = "720p"
    """The resolution of the output image."""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"],
        Field(description="The aspect ratio of the output image."),
    ] = "1:1"
    """The aspect ratio of the output image."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

    seed: Annotated[int | None | MISSING, Field(description="The seed for the inference.")] = (
        MISSING
    )
    """The seed for the inference."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the output image.")
    ] = "png"
    """The format of the output image."""

    sync_mode: Annotated[bool, Field(description="Whether to return the image in sync mode.")] = (
        False
    )
    """Whether to return the image in sync mode."""


class ImageFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    width: Annotated[int | None | MISSING, Field(description="The width of the image")] = MISSING
    """The width of the image"""

    height: Annotated[int | None | MISSING, Field(description="The height of the image")] = MISSING
    """The height of the image"""


class Emu3_5ImageTextToImageOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The edited image.")]
    """The edited image."""

    seed: Annotated[int, Field(description="The seed for the inference.")]
    """The seed for the inference."""
