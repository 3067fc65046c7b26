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
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
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


class Flux2TurboInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Guidance Scale is a measure of how close you want the model to stick to "
            "your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 2.5
    """Guidance Scale is a measure of how close you want the model to stick to your prompt when
    looking for a related image to show you.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The seed to use for the generation. If not provided, a random seed will "
            "be used."
        ),
    ] = MISSING
    """The seed to use for the generation. If not provided, a random seed will be used."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the image to generate. The width and height must be between "
            "512 and 2048 pixels.",
            validate_default=True,
        ),
    ] = "landscape_4_3"
    """The size of the image to generate. The width and height must be between 512 and 2048
    pixels.
    """

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    enable_prompt_expansion: Annotated[
        bool, Field(description="If set to true, the prompt will be expanded for better results.")
    ] = False
    """If set to true, the prompt will be expanded for better results."""

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

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png", "webp"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""


class Flux2TurboOutput(OutputModel):
    images: Annotated[list[ImageFile], Field(description="The generated images")]
    """The generated images"""

    timings: dict[str, float]
    seed: Annotated[
        int,
        Field(
            description="Seed of the generated Image. It will be the same value of the one passed "
            "in the input or the randomly generated that was used in case none was passed."
        ),
    ]
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
