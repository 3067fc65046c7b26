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


class PhotaInput(InputModel):
    prompt: str
    """Text description of the desired image. In case you wish to use specific profiles, refer to
    them as [[profile_id_1]], [[profile_id_2]], etc.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    resolution: Literal["1K", "4K"] = "1K"
    """Resolution of the generated image."""
    aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] = "auto"
    """Aspect ratio of the generated image."""


class PhotaOutput(OutputModel):
    images: list[ImageFile]
    """The URL of the generated image."""
