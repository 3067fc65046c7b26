# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedreamV4TextToImageInput(InputModel):
    prompt: str
    """The text prompt used to generate the image"""
    image_size: shared.ImageSize | ImageSizePreset | MISSING = MISSING
    """The size of the generated image. Total pixels must be between 960x960 and 4096x4096."""
    num_images: Annotated[int, Field(ge=1, le=6)] = 1
    """Number of separate model generations to be run with the prompt."""
    max_images: Annotated[int, Field(ge=1, le=6)] = 1
    """If set to a number greater than one, enables multi-image generation. The model will
    potentially return up to `max_images` images every generation, and in total, `num_images`
    generations will be carried out. In total, the number of images generated will be between
    `num_images` and `max_images*num_images`.
    """
    seed: int | None | MISSING = MISSING
    """Random seed to control the stochasticity of image generation."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    enhance_prompt_mode: Literal["standard", "fast"] = "standard"
    """The mode to use for enhancing prompt enhancement. Standard mode provides higher quality
    results but takes longer to generate. Fast mode provides average quality results but takes
    less time to generate.
    """


class BytedanceSeedreamV4TextToImageOutput(OutputModel):
    images: list[shared.Image]
    """Generated images"""
    seed: int
    """Seed used for generation"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
        "auto",
        "auto_2K",
        "auto_4K",
    ],
)
