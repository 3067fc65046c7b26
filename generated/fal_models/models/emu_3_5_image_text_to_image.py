# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Literal

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Emu3_5ImageTextToImageInput(InputModel):
    prompt: str
    """The prompt to create the image."""
    resolution: Literal["480p", "720p"] = "720p"
    """The resolution of the output image."""
    aspect_ratio: Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"] = "1:1"
    """The aspect ratio of the output image."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""
    seed: int | None | MISSING = MISSING
    """The seed for the inference."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the output image."""
    sync_mode: bool = False
    """Whether to return the image in sync mode."""


class Emu3_5ImageTextToImageOutput(OutputModel):
    images: list[ImageFile]
    """The edited image."""
    seed: int
    """The seed for the inference."""


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
