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


class Flux2LoraGalleryAddBackgroundInput(InputModel):
    """Input model for Add Background endpoint - Add background to images"""

    image_urls: Annotated[
        list[str],
        Field(
            description="The URLs of the images. Provide an image with a white or clean "
            "background.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URLs of the images. Provide an image with a white or clean background."""

    prompt: Annotated[
        str,
        Field(
            description="The prompt describing the background to add. Must start with 'Add "
            "Background' followed by your description."
        ),
    ] = "Add Background forest"
    """The prompt describing the background to add. Must start with 'Add Background' followed by
    your description.
    """

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None | MISSING,
        Field(
            description="The size of the generated image. If not provided, the size of the input "
            "image will be used."
        ),
    ] = MISSING
    """The size of the generated image. If not provided, the size of the input image will be
    used.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale. Controls how closely the model "
            "follows the prompt.",
            ge=0.0,
            le=20.0,
        ),
    ] = 2.5
    """The CFG (Classifier Free Guidance) scale. Controls how closely the model follows the
    prompt.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=4, le=50)
    ] = 40
    """The number of inference steps to perform."""

    acceleration: Annotated[
        Literal["none", "regular"],
        Field(
            description="Acceleration level for image generation. 'regular' balances speed and "
            "quality."
        ),
    ] = "regular"
    """Acceleration level for image generation. 'regular' balances speed and quality."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. Same seed with same prompt will produce "
            "same result."
        ),
    ] = MISSING
    """Random seed for reproducibility. Same seed with same prompt will produce same result."""

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and won't be saved "
            "in history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and won't be saved in history."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker for the generated image.")
    ] = True
    """Whether to enable the safety checker for the generated image."""

    output_format: Annotated[
        Literal["png", "jpeg", "webp"], Field(description="The format of the output image")
    ] = "png"
    """The format of the output image"""

    num_images: Annotated[int, Field(description="Number of images to generate", ge=1, le=4)] = 1
    """Number of images to generate"""

    lora_scale: Annotated[
        float, Field(description="The strength of the add background effect.", ge=0.0, le=2.0)
    ] = 1
    """The strength of the add background effect."""


class Flux2LoraGalleryAddBackgroundOutput(OutputModel):
    images: Annotated[
        list[shared.Image], Field(description="The generated images with added background")
    ]
    """The generated images with added background"""

    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""

    prompt: Annotated[str, Field(description="The prompt used for generation")]
    """The prompt used for generation"""
