# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class InpaintInput(InputModel):
    model_name: Annotated[
        str, Field(description="URL or HuggingFace ID of the base model to generate the image.")
    ]
    """URL or HuggingFace ID of the base model to generate the image."""

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

    image_url: Annotated[
        str,
        Field(
            description="Input image for img2img or inpaint mode",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input image for img2img or inpaint mode"""

    mask_url: Annotated[
        str,
        Field(
            description="Input mask for inpaint mode. Black areas will be preserved, white areas "
            "will be inpainted.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """Input mask for inpaint mode. Black areas will be preserved, white areas will be inpainted."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Increasing the amount of steps tells Stable Diffusion that it should "
            "take more steps to generate your final result which can increase the amount of "
            "detail in your image.",
            ge=0,
            le=150,
        ),
    ] = 30
    """Increasing the amount of steps tells Stable Diffusion that it should take more steps to
    generate your final result which can increase the amount of detail in your image.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=20.0,
        ),
    ] = 7.5
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


class InpaintOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image files info.")]
    """The generated image files info."""

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
