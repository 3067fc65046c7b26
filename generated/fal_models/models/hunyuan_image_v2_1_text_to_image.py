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


class HunyuanImageV2_1TextToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to generate an image from.")]
    """The text prompt to generate an image from."""

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to guide the image generation away from certain "
            "concepts."
        ),
    ] = ""
    """The negative prompt to guide the image generation away from certain concepts."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The desired size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The desired size of the generated image."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    num_inference_steps: Annotated[
        int, Field(description="Number of denoising steps.", ge=1, le=50)
    ] = 28
    """Number of denoising steps."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Controls how much the model adheres to the prompt. Higher values mean "
            "stricter adherence.",
            ge=1.0,
            le=20.0,
        ),
    ] = 3.5
    """Controls how much the model adheres to the prompt. Higher values mean stricter adherence."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducible results. If None, a random seed is used."),
    ] = MISSING
    """Random seed for reproducible results. If None, a random seed is used."""

    use_reprompt: Annotated[
        bool, Field(description="Enable prompt enhancement for potentially better results.")
    ] = True
    """Enable prompt enhancement for potentially better results."""

    use_refiner: Annotated[
        bool, Field(description="Enable the refiner model for improved image quality.")
    ] = False
    """Enable the refiner model for improved image quality."""

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

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""


class HunyuanImageV2_1TextToImageOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="A list of the generated images.")]
    """A list of the generated images."""

    seed: Annotated[int, Field(description="The base seed used for the generation process.")]
    """The base seed used for the generation process."""
