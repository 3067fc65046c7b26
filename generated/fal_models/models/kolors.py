# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

from . import shared


class Image(FileOutput):
    url: str
    width: int
    height: int
    content_type: str | None = "image/jpeg"


ImageSizePreset = TypeAliasType(
    "ImageSizePreset",
    Literal[
        "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
    ],
)


class KolorsInput(InputModel):
    prompt: str
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """
    negative_prompt: str = ""
    """The negative prompt to use. Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=10.0)] = 5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=150)] = 50
    """The number of inference steps to perform."""
    seed: int | None | MISSING = MISSING
    """Seed"""
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    enable_safety_checker: bool = True
    """Enable safety checker."""
    num_images: Annotated[int, Field(ge=1, le=8)] = 1
    """The number of images to generate."""
    image_size: Annotated[shared.ImageSize | ImageSizePreset, Field(validate_default=True)] = (
        "square_hd"
    )
    """The size of the generated image."""
    scheduler: Literal[
        "EulerDiscreteScheduler",
        "EulerAncestralDiscreteScheduler",
        "DPMSolverMultistepScheduler",
        "DPMSolverMultistepScheduler_SDE_karras",
        "UniPCMultistepScheduler",
        "DEISMultistepScheduler",
    ] = "EulerDiscreteScheduler"
    """The scheduler to use for the model."""
    output_format: Literal["jpeg", "png"] = "png"
    """The format of the generated image."""


class KolorsOutput(OutputModel):
    images: list[Image]
    """The generated image files info."""
    timings: dict[str, float]
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
    has_nsfw_concepts: list[bool]
    """Whether the generated images contain NSFW concepts."""
    prompt: str
    """The prompt used for generating the image."""
