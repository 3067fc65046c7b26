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
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class BytedanceSeedreamV3TextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to generate the image")]
    """The text prompt used to generate the image"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="Use for finer control over the output image size. Will be used over "
            "aspect_ratio, if both are provided. Width and height must be between 512 and 2048."
        ),
    ] = MISSING
    """Use for finer control over the output image size. Will be used over aspect_ratio, if both
    are provided. Width and height must be between 512 and 2048.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="Controls how closely the output image aligns with the input prompt. "
            "Higher values mean stronger prompt correlation.",
            ge=1.0,
            le=10.0,
        ),
    ] = 2.5
    """Controls how closely the output image aligns with the input prompt. Higher values mean
    stronger prompt correlation.
    """

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed to control the stochasticity of image generation."),
    ] = MISSING
    """Random seed to control the stochasticity of image generation."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

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


class BytedanceSeedreamV3TextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""

    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""
