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


class Wan25PreviewTextToImageInput(InputModel):
    """Input for text-to-image generation"""

    prompt: Annotated[
        str,
        Field(
            description="The prompt for image generation. Supports Chinese and English, max 2000 "
            "characters.",
            min_length=1,
        ),
    ]
    """The prompt for image generation. Supports Chinese and English, max 2000 characters."""

    negative_prompt: Annotated[
        str | None | MISSING,
        Field(description="Negative prompt to describe content to avoid. Max 500 characters."),
    ] = MISSING
    """Negative prompt to describe content to avoid. Max 500 characters."""

    num_images: Annotated[
        int, Field(description="Number of images to generate. Values from 1 to 4.", ge=1, le=4)
    ] = 1
    """Number of images to generate. Values from 1 to 4."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. Can use preset names like 'square', "
            "'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768 "
            "and 1440×1440, with aspect ratio between [1:4, 4:1].",
            validate_default=True,
        ),
    ] = "square"
    """The size of the generated image. Can use preset names like 'square', 'landscape_16_9',
    etc., or specific dimensions. Total pixels must be between 768×768 and 1440×1440, with
    aspect ratio between [1:4, 4:1].
    """

    enable_prompt_expansion: Annotated[
        bool,
        Field(
            description="Whether to enable prompt rewriting using LLM. Improves results for short "
            "prompts but increases processing time."
        ),
    ] = True
    """Whether to enable prompt rewriting using LLM. Improves results for short prompts but
    increases processing time.
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class Wan25PreviewTextToImageOutput(OutputModel):
    """Output for text-to-image generation"""

    images: Annotated[list[ImageFile], Field(description="The generated images")]
    """The generated images"""

    seeds: Annotated[list[int], Field(description="The seeds used for each generated image")]
    """The seeds used for each generated image"""

    actual_prompt: Annotated[
        str | None | MISSING,
        Field(description="The actual prompt used if prompt rewriting was enabled"),
    ] = MISSING
    """The actual prompt used if prompt rewriting was enabled"""
