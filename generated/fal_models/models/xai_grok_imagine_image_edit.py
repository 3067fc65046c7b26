# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class XaiGrokImagineImageEditInput(InputModel):
    prompt: Annotated[
        str, Field(description="Text description of the desired image.", max_length=8000)
    ]
    """Text description of the desired image."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    aspect_ratio: Annotated[
        Literal[
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
        ],
        Field(
            description="Aspect ratio of the edited image. When set to `auto` (the default), the "
            "output preserves the aspect ratio of the first input image."
        ),
    ] = "auto"
    """Aspect ratio of the edited image. When set to `auto` (the default), the output preserves
    the aspect ratio of the first input image.
    """

    resolution: Annotated[
        Literal["1k", "2k"],
        Field(
            description="Resolution of the generated image. `1k` for standard resolution, `2k` "
            "for high resolution."
        ),
    ] = "1k"
    """Resolution of the generated image. `1k` for standard resolution, `2k` for high resolution."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
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

    image_urls: Annotated[
        list[str] | MISSING,
        Field(
            description="List of URLs of the images to edit. A maximum of 3 images are supported.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """List of URLs of the images to edit. A maximum of 3 images are supported."""


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


class XaiGrokImagineImageEditOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The URL of the edited image.")]
    """The URL of the edited image."""

    revised_prompt: Annotated[
        str | None | MISSING,
        Field(description="The enhanced prompt that was used to generate the image."),
    ] = MISSING
    """The enhanced prompt that was used to generate the image."""
