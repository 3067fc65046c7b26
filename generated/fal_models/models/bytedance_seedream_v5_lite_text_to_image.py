# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

from . import shared


class BytedanceSeedreamV5LiteTextToImageInput(InputModel):
    prompt: str
    """The text prompt used to generate the image"""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "auto_2K"
    )
    """The size of the generated image. Total pixels must be between 2560x1440 and 4096x4096. In
    case the image size does not fall within these parameters, the image size will be adjusted
    to by scaling.
    """
    num_images: Annotated[int, Field(ge=1, le=6)] = 1
    """Number of separate model generations to be run with the prompt."""
    max_images: Annotated[int, Field(ge=1, le=6)] = 1
    """If set to a number greater than one, enables multi-image generation. The model will
    potentially return up to `max_images` images every generation, and in total, `num_images`
    generations will be carried out. In total, the number of images generated will be between
    `num_images` and `max_images*num_images`.
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    return_byteplus_urls: bool = False
    """If set to true returns seedance-2 trusted URLs. Please note these urls expire in 24 hours."""


class BytedanceSeedreamV5LiteTextToImageOutput(OutputModel):
    images: list[shared.Image]
    """Generated images"""
    seed: int
    """Seed used for generation."""


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
        "auto_3K",
        "auto_4K",
    ],
)
