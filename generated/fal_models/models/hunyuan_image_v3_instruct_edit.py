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
        "auto",
        "square_hd",
        "square",
        "portrait_4_3",
        "portrait_16_9",
        "landscape_4_3",
        "landscape_16_9",
    ],
)


class HunyuanImageV3InstructEditInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to generate an image from.")]
    """The text prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(
            description="The desired size of the generated image. If auto, image size will be "
            "determined by the model.",
            validate_default=True,
        ),
    ] = "auto"
    """The desired size of the generated image. If auto, image size will be determined by the
    model.
    """

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

    guidance_scale: Annotated[
        float,
        Field(
            description="Controls how much the model adheres to the prompt. Higher values mean "
            "stricter adherence.",
            ge=1.0,
            le=20.0,
        ),
    ] = 3.5
    """Controls how much the model adheres to the prompt. Higher values mean stricter adherence."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducible results. If None, a random seed is used."),
    ] = MISSING
    """Random seed for reproducible results. If None, a random seed is used."""

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

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    image_urls: Annotated[
        list[str],
        Field(
            description="The URLs of the images to use as a reference for the generation. A "
            "maximum of 3 images are supported.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URLs of the images to use as a reference for the generation. A maximum of 3 images are
    supported.
    """


class HunyuanImageV3InstructEditOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="A list of the generated images.")]
    """A list of the generated images."""

    seed: Annotated[int, Field(description="The base seed used for the generation process.")]
    """The base seed used for the generation process."""
