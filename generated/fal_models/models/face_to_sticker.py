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


class FaceToStickerInput(InputModel):
    image_url: Annotated[
        str, Field(description="URL of the video.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the video."""

    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ]
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

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

    num_inference_steps: Annotated[
        int,
        Field(
            description="Increasing the amount of steps tells Stable Diffusion that it should "
            "take more steps to generate your final result which can increase the amount of "
            "detail in your image.",
            ge=10,
            le=40,
        ),
    ] = 20
    """Increasing the amount of steps tells Stable Diffusion that it should take more steps to
    generate your final result which can increase the amount of detail in your image.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=10.0,
        ),
    ] = 4.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    instant_id_strength: Annotated[
        float, Field(description="The strength of the instant ID.", ge=0.0, le=1.0)
    ] = 0.7
    """The strength of the instant ID."""

    ip_adapter_weight: Annotated[
        float, Field(description="The weight of the IP adapter.", ge=0.0, le=1.0)
    ] = 0.2
    """The weight of the IP adapter."""

    ip_adapter_noise: Annotated[
        float, Field(description="The amount of noise to add to the IP adapter.", ge=0.0, le=1.0)
    ] = 0.5
    """The amount of noise to add to the IP adapter."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    upscale: Annotated[bool, Field(description="Whether to upscale the image 2x.")] = False
    """Whether to upscale the image 2x."""

    upscale_steps: Annotated[
        int,
        Field(
            description="The number of steps to use for upscaling. Only used if `upscale` is "
            "`true`.",
            ge=1,
            le=20,
        ),
    ] = 10
    """The number of steps to use for upscaling. Only used if `upscale` is `true`."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time."
        ),
    ] = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """

    enable_safety_checker: Annotated[
        bool, Field(description="If set to false, the safety checker will be disabled.")
    ] = True
    """If set to false, the safety checker will be disabled."""


class FaceToStickerOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated images.")]
    """The generated images."""

    sticker_image: Annotated[shared.Image, Field(description="The generated face sticker image.")]
    """The generated face sticker image."""

    sticker_image_background_removed: Annotated[
        shared.Image,
        Field(description="The generated face sticker image with the background removed."),
    ]
    """The generated face sticker image with the background removed."""

    seed: Annotated[int, Field(description="Seed used during the inference.")]
    """Seed used during the inference."""

    has_nsfw_concepts: Annotated[
        dict[str, bool],
        Field(
            description="Whether the generated images contain NSFW concepts. The key is the image "
            "type and the value is a boolean."
        ),
    ]
    """Whether the generated images contain NSFW concepts. The key is the image type and the
    value is a boolean.
    """
