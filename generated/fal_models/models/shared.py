# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class File(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""


class Image(FileOutput):
    """Represents an image file."""

    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image in pixels."""
    height: int | None | MISSING = MISSING
    """The height of the image in pixels."""


class ImageSize(InputModel):
    width: Annotated[int, Field(gt=0, le=14142)] = 512
    """The width of the generated image."""
    height: Annotated[int, Field(gt=0, le=14142)] = 512
    """The height of the generated image."""
