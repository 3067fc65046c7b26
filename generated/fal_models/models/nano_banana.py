# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class NanoBananaInput(InputModel):
    prompt: Annotated[
        str,
        Field(
            description="The text prompt to generate an image from.", max_length=50000, min_length=3
        ),
    ]
    """The text prompt to generate an image from."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed for the random number generator.")
    ] = MISSING
    """The seed for the random number generator."""

    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"],
        Field(description="The aspect ratio of the generated image."),
    ] = "1:1"
    """The aspect ratio of the generated image."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    safety_tolerance: Annotated[
        Literal["1", "2", "3", "4", "5", "6"],
        Field(
            description="The safety tolerance level for content moderation. 1 is the most strict "
            "(blocks most content), 6 is the least strict."
        ),
    ] = "4"
    """The safety tolerance level for content moderation. 1 is the most strict (blocks most
    content), 6 is the least strict.
    """

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

    limit_generations: Annotated[
        bool,
        Field(
            description="Experimental parameter to limit the number of generations from each "
            "round of prompting to 1. Set to `True` to to disregard any instructions in the "
            "prompt regarding the number of images to generate."
        ),
    ] = False
    """Experimental parameter to limit the number of generations from each round of prompting to
    1. Set to `True` to to disregard any instructions in the prompt regarding the number of
    images to generate.
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


class NanoBananaOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated images.")]
    """The generated images."""

    description: Annotated[str, Field(description="The description of the generated images.")]
    """The description of the generated images."""
