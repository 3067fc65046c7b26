# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class FalAiFlux2KleinLoRAInput(InputModel):
    path: str
    """URL, HuggingFace repo ID (owner/repo), or local path to LoRA weights."""
    scale: Annotated[float, Field(ge=0.0, le=4.0)] = 1
    """Scale factor for LoRA application (0.0 to 4.0)."""


class Flux2Klein4bLoraInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    seed: int | None | MISSING = MISSING
    """The seed to use for the generation. If not provided, a random seed will be used."""
    num_inference_steps: Annotated[int, Field(ge=4, le=8)] = 4
    """The number of inference steps to perform."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "landscape_4_3"
    )
    """The size of the image to generate."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI. Output is not stored when this is
    True.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png", "webp"] = "png"
    """The format of the generated image."""
    loras: Annotated[list[FalAiFlux2KleinLoRAInput], Field(validate_default=True)] = []
    """List of LoRA weights to apply (maximum 3)."""


class Flux2Klein4bLoraOutput(OutputModel):
    images: list[ImageFile]
    """The generated images"""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""


class ImageFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    width: int | None | MISSING = MISSING
    """The width of the image"""
    height: int | None | MISSING = MISSING
    """The height of the image"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
