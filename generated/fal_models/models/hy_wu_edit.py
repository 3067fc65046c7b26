# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HyWuEditInput(InputModel):
    prompt: str
    """The text prompt describing the desired edit. Supports both English and Chinese. Use
    specific instructions like 'Replace the clothing on figure 1 with the outfit from figure
    2'.
    """
    image_urls: Annotated[list[str], Field(json_schema_extra={"x-fal-file": True})]
    """URLs of input images for editing. Typically 2 images: the base image and the reference
    image. Supports up to 3 images.
    """
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = "auto"
    """The desired size of the generated image. If auto, image size will be determined by the
    model.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=100)] = 30
    """Number of diffusion denoising steps."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible results. If None, a random seed is used."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    enable_thinking: bool = True
    """Enable thinking mode. The model reasons about the edit before generating, producing higher
    quality results at the cost of longer inference time. Disable for faster results on
    straightforward edits.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""
    sync_mode: bool = False
    """If True, the media will be returned as a data URI."""


class HyWuEditOutput(OutputModel):
    images: list[shared.Image]
    """A list of the generated/edited images."""
    seed: int
    """The seed used for generation."""
    timings: dict[str, float] | MISSING = MISSING
    """Performance timing breakdown."""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "auto",
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
    ],
)
