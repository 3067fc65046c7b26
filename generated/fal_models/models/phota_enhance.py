# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class PhotaEnhanceInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL/Base64 data URI of the image to enhance.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL/Base64 data URI of the image to enhance."""

    profile_ids: Annotated[
        list[str] | MISSING,
        Field(
            description="List of profile IDs to use for the image enhancement. The profiles sent "
            "over will be used as candidates for identity preservation."
        ),
    ] = MISSING
    """List of profile IDs to use for the image enhancement. The profiles sent over will be used
    as candidates for identity preservation.
    """

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


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


class PhotaEnhanceOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The URL of the enhanced image.")]
    """The URL of the enhanced image."""
