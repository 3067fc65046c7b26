# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[
        int,
        Field(
            description="The same seed and the same prompt given to the same version of Stable "
            "Diffusion will output the same image every time.",
            ge=0,
        ),
    ],
)


class ClarityUpscalerInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to upscale.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the image to upscale."""

    prompt: Annotated[
        str,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results."
        ),
    ] = "masterpiece, best quality, highres"
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """

    upscale_factor: Annotated[float, Field(description="The upscale factor", ge=1.0, le=4.0)] = 2
    """The upscale factor"""

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use. Use it to address details that you don't "
            "want in the image."
        ),
    ] = "(worst quality, low quality, normal quality:2)"
    """The negative prompt to use. Use it to address details that you don't want in the image."""

    creativity: Annotated[
        float,
        Field(
            description="The creativity of the model. The higher the creativity, the more the "
            "model will deviate from the prompt. Refers to the denoise strength of the sampling.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.35
    """The creativity of the model. The higher the creativity, the more the model will deviate
    from the prompt. Refers to the denoise strength of the sampling.
    """

    resemblance: Annotated[
        float,
        Field(
            description="The resemblance of the upscaled image to the original image. The higher "
            "the resemblance, the more the model will try to keep the original image. Refers to "
            "the strength of the ControlNet.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.6
    """The resemblance of the upscaled image to the original image. The higher the resemblance,
    the more the model will try to keep the original image. Refers to the strength of the
    ControlNet.
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
        int, Field(description="The number of inference steps to perform.", ge=4, le=50)
    ] = 18
    """The number of inference steps to perform."""

    seed: Annotated[
        Seed | None | MISSING,
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


class ClarityUpscalerOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The URL of the generated image.")]
    """The URL of the generated image."""

    seed: Annotated[int, Field(description="The seed used to generate the image.")]
    """The seed used to generate the image."""

    timings: Annotated[
        dict[str, float], Field(description="The timings of the different steps in the workflow.")
    ]
    """The timings of the different steps in the workflow."""
