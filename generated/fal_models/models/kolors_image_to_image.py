# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared

ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


class KolorsImageToImageInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate an image from.")]
    """The prompt to generate an image from."""

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

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=1.0,
            le=10.0,
        ),
    ] = 5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps to perform.", ge=1, le=150)
    ] = 50
    """The number of inference steps to perform."""

    seed: Annotated[int | None | MISSING, Field(description="Seed")] = MISSING
    """Seed"""

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

    enable_safety_checker: Annotated[bool, Field(description="Enable safety checker.")] = True
    """Enable safety checker."""

    num_images: Annotated[
        int, Field(description="The number of images to generate.", ge=1, le=8)
    ] = 1
    """The number of images to generate."""

    image_size: Annotated[
        shared.ImageSize | ImageSizePreset | MISSING,
        Field(description="The size of the generated image."),
    ] = MISSING
    """The size of the generated image."""

    scheduler: Annotated[
        Literal[
            "EulerDiscreteScheduler",
            "EulerAncestralDiscreteScheduler",
            "DPMSolverMultistepScheduler",
            "DPMSolverMultistepScheduler_SDE_karras",
            "UniPCMultistepScheduler",
            "DEISMultistepScheduler",
        ],
        Field(description="The scheduler to use for the model."),
    ] = "EulerDiscreteScheduler"
    """The scheduler to use for the model."""

    output_format: Annotated[
        Literal["jpeg", "png"], Field(description="The format of the generated image.")
    ] = "png"
    """The format of the generated image."""

    image_url: Annotated[
        str,
        Field(
            description="URL of image to use for image to image",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of image to use for image to image"""

    strength: Annotated[
        float,
        Field(
            description="The strength to use for image-to-image. 1.0 is completely remakes the "
            "image while 0.0 preserves the original.",
            ge=0.01,
            le=1.0,
        ),
    ] = 0.85
    """The strength to use for image-to-image. 1.0 is completely remakes the image while 0.0
    preserves the original.
    """


class KolorsImageToImageOutput(OutputModel):
    images: Annotated[list[Image], Field(description="The generated image files info.")]
    """The generated image files info."""

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
