# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class GptImage1_5Input(InputModel):
    prompt: Annotated[
        str, Field(description="The prompt for image generation", max_length=32000, min_length=2)
    ]
    """The prompt for image generation"""

    image_size: Annotated[
        Literal["1024x1024", "1536x1024", "1024x1536"],
        Field(description="Aspect ratio for the generated image"),
    ] = "1024x1024"
    """Aspect ratio for the generated image"""

    background: Annotated[
        Literal["auto", "transparent", "opaque"],
        Field(description="Background for the generated image"),
    ] = "auto"
    """Background for the generated image"""

    quality: Annotated[
        Literal["low", "medium", "high"], Field(description="Quality for the generated image")
    ] = "high"
    """Quality for the generated image"""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="Output format for the images")
    ] = "png"
    """Output format for the images"""

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


class GptImage1_5Output(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated images.")]
    """The generated images."""
