# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class BytedanceSeedreamV3TextToImageInput(InputModel):
    prompt: str
    """The text prompt used to generate the image"""
    image_size: shared.ImageSize | ImageSizePreset | None | MISSING = MISSING
    """Use for finer control over the output image size. Will be used over aspect_ratio, if both
    are provided. Width and height must be between 512 and 2048.
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 2.5
    """Controls how closely the output image aligns with the input prompt. Higher values mean
    stronger prompt correlation.
    """
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """Number of images to generate"""
    seed: int | None | MISSING = MISSING
    """Random seed to control the stochasticity of image generation."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class BytedanceSeedreamV3TextToImageOutput(OutputModel):
    images: list[shared.Image]
    """Generated images"""
    seed: int
    """Seed used for generation"""


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)
