# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class PhotomakerInput(InputModel):
    image_archive_url: Annotated[
        str,
        Field(
            description="The URL of the image archive containing the images you want to use.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the image archive containing the images you want to use."""

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

    base_pipeline: Annotated[
        Literal["photomaker", "photomaker-style"],
        Field(description="The base pipeline to use for generating the image."),
    ] = "photomaker"
    """The base pipeline to use for generating the image."""

    initial_image_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional initial image for img2img", json_schema_extra={"x-fal-file": True}
        ),
    ] = MISSING
    """Optional initial image for img2img"""

    initial_image_strength: Annotated[
        float,
        Field(
            description="How much noise to add to the latent image. O for no noise, 1 for maximum "
            "noise.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.5
    """How much noise to add to the latent image. O for no noise, 1 for maximum noise."""

    style: Literal[
        "(No style)",
        "Cinematic",
        "Disney Character",
        "Digital Art",
        "Photographic",
        "Fantasy art",
        "Neonpunk",
        "Enhance",
        "Comic book",
        "Lowpoly",
        "Line art",
    ] = "Photographic"
    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use.Use it to address details that you don't want "
            "in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = ""
    """The negative prompt to use.Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Increasing the amount of steps tells Stable Diffusion that it should "
            "take more steps to generate your final result which can increase the amount of "
            "detail in your image.",
            ge=20,
            le=100,
        ),
    ] = 50
    """Increasing the amount of steps tells Stable Diffusion that it should take more steps to
    generate your final result which can increase the amount of detail in your image.
    """

    style_strength: Annotated[int, Field(ge=15, le=50)] = 20
    num_images: Annotated[
        int,
        Field(
            description="Number of images to generate in one request. Note that the higher the "
            "batch size, the longer it will take to generate the images.",
            ge=1,
            le=4,
        ),
    ] = 1
    """Number of images to generate in one request. Note that the higher the batch size, the
    longer it will take to generate the images.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.1,
            le=10.0,
        ),
    ] = 5
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


class PhotomakerOutput(OutputModel):
    images: list[shared.Image]
    seed: int
