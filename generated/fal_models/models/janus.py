# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class JanusInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square"
    )
    """The size of the generated image."""
    temperature: Annotated[float, Field(ge=0.1, le=2.0)] = 1
    """Controls randomness in the generation. Higher values make output more random."""
    cfg_weight: Annotated[float, Field(ge=1.0, le=20.0)] = 5
    """Classifier Free Guidance scale - how closely to follow the prompt."""
    num_images: Annotated[int, Field(ge=1, le=16)] = 1
    """Number of images to generate in parallel."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""


class JanusOutput(OutputModel):
    images: list[Image]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
