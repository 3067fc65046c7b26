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
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | None,
        Field(
            description="The size of the generated image. You can choose between some presets or "
            "custom height and width that **must be multiples of 8**.",
            validate_default=True,
        ),
    ] = "square_hd"
    """The size of the generated image. You can choose between some presets or custom height and
    width that **must be multiples of 8**.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 8
    """The number of inference steps to perform."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for reproducible generation. If set to None, a random seed "
            "will be used."
        ),
    ] = MISSING
    """Random seed for reproducible generation. If set to None, a random seed will be used."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""

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


class PiflowOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The URLs of the generated images.")]
    """The URLs of the generated images."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
