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


class BitdanceInput(InputModel):
    prompt: Annotated[str, Field(description="Text prompt for image generation.")]
    """Text prompt for image generation."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The size of the generated image. Will be snapped to the nearest "
            "supported resolution.",
            validate_default=True,
        ),
    ] = "square_hd"
    """The size of the generated image. Will be snapped to the nearest supported resolution."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of diffusion sampling steps per decoding step. Higher values "
            "(e.g. 50) improve quality at the cost of speed.",
            ge=10,
            le=100,
        ),
    ] = 25
    """Number of diffusion sampling steps per decoding step. Higher values (e.g. 50) improve
    quality at the cost of speed.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values follow the prompt more "
            "closely.",
            ge=1.0,
            le=15.0,
        ),
    ] = 7.5
    """Classifier-free guidance scale. Higher values follow the prompt more closely."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducibility. The same seed and prompt will produce "
            "the same image."
        ),
    ] = MISSING
    """Random seed for reproducibility. The same seed and prompt will produce the same image."""

    num_images: Annotated[int, Field(description="Number of images to generate.", ge=1, le=4)] = 1
    """Number of images to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

    sync_mode: Annotated[
        bool, Field(description="If true, the media will be returned as a data URI.")
    ] = False
    """If true, the media will be returned as a data URI."""


class BitdanceOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated image files info.")]
    """The generated image files info."""

    seed: Annotated[int, Field(description="Seed of the generated image.")]
    """Seed of the generated image."""

    has_nsfw_concepts: Annotated[
        list[bool], Field(description="Whether the generated images contain NSFW concepts.")
    ]
    """Whether the generated images contain NSFW concepts."""

    prompt: Annotated[str, Field(description="The prompt used for generating the image.")]
    """The prompt used for generating the image."""
