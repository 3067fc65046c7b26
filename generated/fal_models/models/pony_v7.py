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


class PonyV7Input(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate images from")]
    """The prompt to generate images from"""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    num_images: Annotated[
        int, Field(description="The number of images to generate", ge=1, le=2)
    ] = 1
    """The number of images to generate"""

    seed: Annotated[
        int | None | MISSING, Field(description="The seed to use for generating images")
    ] = MISSING
    """The seed to use for generating images"""

    guidance_scale: Annotated[
        float, Field(description="Classifier free guidance scale", ge=0.0, le=20.0)
    ] = 3.5
    """Classifier free guidance scale"""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to take", ge=20, le=50)
    ] = 40
    """The number of inference steps to take"""

    noise_source: Annotated[
        Literal["gpu", "cpu"],
        Field(
            description="The source of the noise to use for generating images. If set to 'gpu', "
            "the noise will be generated on the GPU. If set to 'cpu', the noise will be generated "
            "on the CPU."
        ),
    ] = "gpu"
    """The source of the noise to use for generating images. If set to 'gpu', the noise will be
    generated on the GPU. If set to 'cpu', the noise will be generated on the CPU.
    """

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

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""


class PonyV7Output(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images")]
    """The generated images"""

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
