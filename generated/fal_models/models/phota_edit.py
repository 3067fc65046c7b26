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


class PhotaEditInput(InputModel):
    prompt: Annotated[str, Field(max_length=8000)]
    """Text description of the desired image. To refer to specific profiles, use
    [[profile_id_1]], [[profile_id_2]], etc.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate."""
    profile_ids: list[str] | MISSING = MISSING
    """List of profile IDs to use for the image generation. Profiles may be tagged in the prompt
    as @Profile1, @Profile2, etc.
    """
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
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True}, min_length=1)]
    """List of URLs/ Base64 data URIs of the images to edit. At least one image is required; for
    pure text-to-image generation use the `/` endpoint instead. A maximum of 10 images are
    supported, additional images will be ignored.
    """


class PhotaEditOutput(OutputModel):
    images: list[ImageFile]
    """The URL of the edited image."""
