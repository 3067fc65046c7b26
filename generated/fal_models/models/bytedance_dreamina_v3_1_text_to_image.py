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


class BytedanceDreaminaV3_1TextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt used to generate the image")]
    """The text prompt used to generate the image"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(
            description="The size of the generated image. Width and height must be between 512 "
            "and 2048."
        ),
    ] = MISSING
    """The size of the generated image. Width and height must be between 512 and 2048."""

    enhance_prompt: Annotated[
        bool, Field(description="Whether to use an LLM to enhance the prompt")
    ] = False
    """Whether to use an LLM to enhance the prompt"""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""

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


class BytedanceDreaminaV3_1TextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="Generated images")]
    """Generated images"""

    seed: Annotated[int, Field(description="Seed used for generation")]
    """Seed used for generation"""
