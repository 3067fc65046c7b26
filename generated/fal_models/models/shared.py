# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class File(FileOutput):
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


class Image(FileOutput):
    """Represents an image file."""

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

    width: Annotated[
        int | None | MISSING, Field(description="The width of the image in pixels.")
    ] = MISSING
    """The width of the image in pixels."""

    height: Annotated[
        int | None | MISSING, Field(description="The height of the image in pixels.")
    ] = MISSING
    """The height of the image in pixels."""


class ImageSize(InputModel):
    width: Annotated[
        int, Field(description="The width of the generated image.", gt=0, le=14142)
    ] = 512
    """The width of the generated image."""

    height: Annotated[
        int, Field(description="The height of the generated image.", gt=0, le=14142)
    ] = 512
    """The height of the generated image."""
