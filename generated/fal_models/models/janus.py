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


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class JanusInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square"
    """The size of the generated image."""

    temperature: Annotated[
        float,
        Field(
            description="Controls randomness in the generation. Higher values make output more "
            "random.",
            ge=0.1,
            le=2.0,
        ),
    ] = 1
    """Controls randomness in the generation. Higher values make output more random."""

    cfg_weight: Annotated[
        float,
        Field(
            description="Classifier Free Guidance scale - how closely to follow the prompt.",
            ge=1.0,
            le=20.0,
        ),
    ] = 5
    """Classifier Free Guidance scale - how closely to follow the prompt."""

    num_images: Annotated[
        int, Field(description="Number of images to generate in parallel.", ge=1, le=16)
    ] = 1
    """Number of images to generate in parallel."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = True
    """If set to true, the safety checker will be enabled."""


class JanusOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated image files info.")]
    """The generated image files info."""

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
