# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
        "auto",
    ],
)


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


class OpenaiGptImage2EditInput(InputModel):
    prompt: Annotated[
        str, Field(description="The prompt for image generation", max_length=32000, min_length=2)
    ]
    """The prompt for image generation"""

    image_urls: Annotated[
        list[str],
        Field(
            description="The URLs of the images to use as a reference for the generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URLs of the images to use as a reference for the generation."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. Use 'auto' to infer from input images.",
            validate_default=True,
        ),
    ] = "auto"
    """The size of the generated image. Use 'auto' to infer from input images."""

    quality: Annotated[
        Literal["auto", "low", "medium", "high"],
        Field(
            description="Quality for the generated image. Use 'auto' to let the model pick the "
            "best quality for the prompt."
        ),
    ] = "high"
    """Quality for the generated image. Use 'auto' to let the model pick the best quality for the
    prompt.
    """

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

    mask_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL of the mask image to use for the generation. This indicates what "
            "part of the image to edit.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL of the mask image to use for the generation. This indicates what part of the image
    to edit.
    """


class OpenaiGptImage2EditOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated images.")]
    """The generated images."""
