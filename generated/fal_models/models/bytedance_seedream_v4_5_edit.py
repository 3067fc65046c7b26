# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
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
        "auto_2K",
        "auto_4K",
    ],
)


class BytedanceSeedreamV4_5EditInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to edit the image")]
    """The text prompt used to edit the image"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(
            description="The size of the generated image. Width and height must be between 1920 "
            "and 4096, or total number of pixels must be between 2560*1440 and 4096*4096."
        ),
    ] = MISSING
    """The size of the generated image. Width and height must be between 1920 and 4096, or total
    number of pixels must be between 2560*1440 and 4096*4096.
    """

    num_images: Annotated[
        int,
        Field(
            description="Number of separate model generations to be run with the prompt.",
            ge=1,
            le=6,
        ),
    ] = 1
    """Number of separate model generations to be run with the prompt."""

    max_images: Annotated[
        int,
        Field(
            description="If set to a number greater than one, enables multi-image generation. The "
            "model will potentially return up to `max_images` images every generation, and in "
            "total, `num_images` generations will be carried out. In total, the number of images "
            "generated will be between `num_images` and `max_images*num_images`. The total number "
            "of images (image inputs + image outputs) must not exceed 15",
            ge=1,
            le=6,
        ),
    ] = 1
    """If set to a number greater than one, enables multi-image generation. The model will
    potentially return up to `max_images` images every generation, and in total, `num_images`
    generations will be carried out. In total, the number of images generated will be between
    `num_images` and `max_images*num_images`. The total number of images (image inputs + image
    outputs) must not exceed 15
    """

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed to control the stochasticity of image generation."),
    ] = MISSING
    """Random seed to control the stochasticity of image generation."""

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

    image_urls: Annotated[
        list[str],
        Field(
            description="List of URLs of input images for editing. Presently, up to 10 image "
            "inputs are allowed. If over 10 images are sent, only the last 10 will be used.",
            json_schema_extra={"x-fal-file": True},
            max_length=10,
        ),
    ]
    """List of URLs of input images for editing. Presently, up to 10 image inputs are allowed. If
    over 10 images are sent, only the last 10 will be used.
    """


class BytedanceSeedreamV4_5EditOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""
