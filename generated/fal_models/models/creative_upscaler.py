# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CreativeUpscalerInput(InputModel):
    model_type: Annotated[
        Literal["SD_1_5", "SDXL"],
        Field(description="The type of model to use for the upscaling. Default is SD_1_5"),
    ] = "SD_1_5"
    """The type of model to use for the upscaling. Default is SD_1_5"""

    image_url: Annotated[
        str, Field(description="The image to upscale.", json_schema_extra={"x-fal-file": True})
    ]
    """The image to upscale."""

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="The prompt to use for generating the image. Be as descriptive as "
            "possible for best results. If no prompt is provide BLIP2 will be used to generate a "
            "prompt."
        ),
    ] = MISSING
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results. If no prompt is provide BLIP2 will be used to generate a prompt.
    """

    scale: Annotated[
        float,
        Field(
            description="The scale of the output image. The higher the scale, the bigger the "
            "output image will be.",
            ge=1.0,
            le=5.0,
        ),
    ] = 2
    """The scale of the output image. The higher the scale, the bigger the output image will be."""

    creativity: Annotated[
        float,
        Field(description="How much the output can deviate from the original", ge=0.0, le=1.0),
    ] = 0.5
    """How much the output can deviate from the original"""

    detail: Annotated[float, Field(description="How much detail to add", ge=0.0, le=5.0)] = 1
    """How much detail to add"""

    shape_preservation: Annotated[
        float,
        Field(description="How much to preserve the shape of the original image", ge=0.0, le=3.0),
    ] = 0.25
    """How much to preserve the shape of the original image"""

    prompt_suffix: Annotated[
        str,
        Field(
            description="The suffix to add to the prompt. This is useful to add a common ending "
            "to all prompts such as 'high quality' etc or embedding tokens."
        ),
    ] = " high quality, highly detailed, high resolution, sharp"
    """The suffix to add to the prompt. This is useful to add a common ending to all prompts such
    as 'high quality' etc or embedding tokens.
    """

    negative_prompt: Annotated[
        str,
        Field(
            description="The negative prompt to use.Use it to address details that you don't want "
            "in the image. This could be colors, objects, scenery and even the small details "
            "(e.g. moustache, blurry, low resolution)."
        ),
    ] = (
        "blurry, low resolution, bad, ugly, low quality, pixelated, interpolated, compression "
        "artifacts, noisey, grainy"
    )
    """The negative prompt to use.Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
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

    guidance_scale: Annotated[
        float,
        Field(
            description="The CFG (Classifier Free Guidance) scale is a measure of how close you "
            "want the model to stick to your prompt when looking for a related image to show you.",
            ge=0.0,
            le=16.0,
        ),
    ] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="The number of inference steps to use for generating the image. The more "
            "steps the better the image will be but it will also take longer to generate.",
            ge=1,
            le=200,
        ),
    ] = 20
    """The number of inference steps to use for generating the image. The more steps the better
    the image will be but it will also take longer to generate.
    """

    enable_safety_checks: Annotated[
        bool,
        Field(
            description="If set to true, the resulting image will be checked whether it includes "
            "any potentially unsafe content. If it does, it will be replaced with a black image."
        ),
    ] = True
    """If set to true, the resulting image will be checked whether it includes any potentially
    unsafe content. If it does, it will be replaced with a black image.
    """

    skip_ccsr: Annotated[
        bool,
        Field(
            description="If set to true, the image will not be processed by the CCSR model before "
            "being processed by the creativity model."
        ),
    ] = False
    """If set to true, the image will not be processed by the CCSR model before being processed
    by the creativity model.
    """

    override_size_limits: Annotated[
        bool, Field(description="Allow for large uploads that could take a very long time.")
    ] = False
    """Allow for large uploads that could take a very long time."""

    base_model_url: Annotated[
        str | None | MISSING,
        Field(
            description="The URL to the base model to use for the upscaling",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL to the base model to use for the upscaling"""

    additional_lora_url: Annotated[
        str | MISSING,
        Field(
            description="The URL to the additional LORA model to use for the upscaling. Default "
            "is None",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL to the additional LORA model to use for the upscaling. Default is None"""

    additional_lora_scale: Annotated[
        float,
        Field(
            description="The scale of the additional LORA model to use for the upscaling. Default "
            "is 1.0"
        ),
    ] = 1
    """The scale of the additional LORA model to use for the upscaling. Default is 1.0"""

    additional_embedding_url: Annotated[
        str | MISSING,
        Field(
            description="The URL to the additional embeddings to use for the upscaling. Default "
            "is None",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """The URL to the additional embeddings to use for the upscaling. Default is None"""


class CreativeUpscalerOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The generated image file info.")]
    """The generated image file info."""

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
