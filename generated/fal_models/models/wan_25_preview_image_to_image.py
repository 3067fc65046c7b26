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


class Wan25PreviewImageToImageInput(InputModel):
    """Input for image editing"""

    prompt: Annotated[
        str,
        Field(
            description="The text prompt describing how to edit the image. Max 2000 characters.",
            min_length=1,
        ),
    ]
    """The text prompt describing how to edit the image. Max 2000 characters."""

    image_urls: Annotated[
        list[str],
        Field(
            description="URLs of images to edit. For single-image editing, provide 1 URL. For "
            "multi-reference generation, provide up to 2 URLs. If more than 2 URLs are provided, "
            "only the first 2 will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URLs of images to edit. For single-image editing, provide 1 URL. For multi-reference
    generation, provide up to 2 URLs. If more than 2 URLs are provided, only the first 2 will
    be used.
    """

    negative_prompt: Annotated[
        str | None | MISSING,
        Field(description="Negative prompt to describe content to avoid. Max 500 characters."),
    ] = MISSING
    """Negative prompt to describe content to avoid. Max 500 characters."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. Width and height must be between 384 "
            "and 1440 pixels.",
            validate_default=True,
        ),
    ] = "square"
    """The size of the generated image. Width and height must be between 384 and 1440 pixels."""

    num_images: Annotated[
        int, Field(description="Number of images to generate. Values from 1 to 4.", ge=1, le=4)
    ] = 1
    """Number of images to generate. Values from 1 to 4."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class Wan25PreviewImageToImageOutput(OutputModel):
    """Output for image editing"""

    images: Annotated[list[ImageFile], Field(description="The edited images")]
    """The edited images"""

    seeds: Annotated[list[int], Field(description="The seeds used for each generated image")]
    """The seeds used for each generated image"""

    actual_prompt: Annotated[
        str | None | MISSING,
        Field(
            description="The original prompt (prompt expansion is not available for image editing)"
        ),
    ] = MISSING
    """The original prompt (prompt expansion is not available for image editing)"""
