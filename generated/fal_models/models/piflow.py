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


class PiflowInput(InputModel):
    prompt: str
    """The prompt to generate an image from."""
    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None, Field(validate_default=True)
    ] = "square_hd"
    """The size of the generated image. You can choose between some presets or custom height and
    width that **must be multiples of 8**.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=50)] = 8
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation. If set to None, a random seed will be used."""
    num_images: Annotated[int, Field(ge=1, le=4)] = 1
    """The number of images to generate."""
    output_format: Literal["jpeg", "png"] = "jpeg"
    """The format of the generated image."""
    enable_safety_checker: bool = True
    """If set to true, the safety checker will be enabled."""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """


class PiflowOutput(OutputModel):
    images: list[shared.Image]
    """The URLs of the generated images."""
    seed: int
    """The seed used for generation."""
