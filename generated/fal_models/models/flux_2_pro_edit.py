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
        "auto",
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
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


class Flux2ProEditInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. If `auto`, the size will be determined "
            "by the model.",
            validate_default=True,
        ),
    ] = "auto"
    """The size of the generated image. If `auto`, the size will be determined by the model."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for the generation.")
    ] = MISSING
    """The seed to use for the generation."""

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5"],
        Field(
            description="The safety tolerance level for the generated image. 1 being the most "
            "strict and 5 being the most permissive."
        ),
    ] = "2"
    """The safety tolerance level for the generated image. 1 being the most strict and 5 being
    the most permissive.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""

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

    image_urls: Annotated[
        list[str],
        Field(
            description="List of URLs of input images for editing",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """List of URLs of input images for editing"""


class Flux2ProEditOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated images.")]
    """The generated images."""

    seed: Annotated[int, Field(description="The seed used for the generation.")]
    """The seed used for the generation."""
