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


class LuminaImageV2Input(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "landscape_4_3"
    """The size of the generated image."""

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use. Use it to address details that you don't "
            "want in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    system_prompt: Annotated[str, Field(description="The system prompt to use.")] = (
        "You are an assistant designed to generate superior images with the superior degree of "
        "image-text alignment based on textual prompts or user prompts."
    )
    """The system prompt to use."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of the model "
            "will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of the model will output the
    same image every time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 4
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=50)
    ] = 30
    """The number of inference steps to perform."""

    cfg_normalization: Annotated[
        bool, Field(description="Whether to apply normalization-based guidance scale.")
    ] = True
    """Whether to apply normalization-based guidance scale."""

    cfg_trunc_ratio: Annotated[
        float,
        Field(
            description="The ratio of the timestep interval to apply normalization-based guidance "
            "scale.",
            ge=0.0,
            le=1.0,
        ),
    ] = 1
    """The ratio of the timestep interval to apply normalization-based guidance scale."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=4)
    ] = 1
    """The number of images to generate."""

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
    ] = True
    """If set to true, the safety checker will be enabled."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "jpeg"
    """The format of the generated image."""


class LuminaImageV2Output(OutputModel):
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
