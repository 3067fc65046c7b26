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


class PixartSigmaInput(InputModel):
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

    style: Annotated[
        Literal[
            "(No style)",
            "Cinematic",
            "Photographic",
            "Anime",
            "Manga",
            "Digital Art",
            "Pixel art",
            "Fantasy art",
            "Neonpunk",
            "3D Model",
        ],
        Field(description="The style to apply to the image."),
    ] = "(No style)"
    """The style to apply to the image."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset,
        Field(description="The size of the generated image.", validate_default=True),
    ] = "square_hd"
    """The size of the generated image."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=5, le=50)
    ] = 35
    """The number of inference steps to perform."""

    scheduler: Annotated[
        Literal["DPM-SOLVER", "SA-SOLVER"], Field(description="The scheduler to use for the model.")
    ] = "DPM-SOLVER"
    """The scheduler to use for the model."""

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=1.0,
            le=10.0,
        ),
    ] = 4.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

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

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=8)
    ] = 1
    """The number of images to generate."""

    enable_safety_checker: Annotated[
        bool, Field(description="If set to true, the safety checker will be enabled.")
    ] = False
    """If set to true, the safety checker will be enabled."""


class PixartSigmaOutput(OutputModel):
    images: Annotated[list[shared.Image], Field(description="The generated image files info.")]
    """The generated image files info."""

    timings: Annotated[
        dict[str, float],
        Field(description="The timings of the different steps of the generation process."),
    ]
    """The timings of the different steps of the generation process."""

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
