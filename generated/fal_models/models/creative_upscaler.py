# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class CreativeUpscalerInput(InputModel):
    model_type: Literal["SD_1_5", "SDXL"] = "SD_1_5"
    """The type of model to use for the upscaling. Default is SD_1_5"""
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The image to upscale."""
    prompt: str | None | MISSING = MISSING
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results. If no prompt is provide BLIP2 will be used to generate a prompt.
    """
    scale: Annotated[float, Field(ge=1.0, le=5.0)] = 2
    """The scale of the output image. The higher the scale, the bigger the output image will be."""
    creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """How much the output can deviate from the original"""
    detail: Annotated[float, Field(ge=0.0, le=5.0)] = 1
    """How much detail to add"""
    shape_preservation: Annotated[float, Field(ge=0.0, le=3.0)] = 0.25
    """How much to preserve the shape of the original image"""
    prompt_suffix: str = " high quality, highly detailed, high resolution, sharp"
    """The suffix to add to the prompt. This is useful to add a common ending to all prompts such
    as 'high quality' etc or embedding tokens.
    """
    negative_prompt: str = (
        "blurry, low resolution, bad, ugly, low quality, pixelated, interpolated, compression "
        "artifacts, noisey, grainy"
    )
    """The negative prompt to use.Use it to address details that you don't want in the image.
    This could be colors, objects, scenery and even the small details (e.g. moustache, blurry,
    low resolution).
    """
    seed: int | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=16.0)] = 7.5
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    num_inference_steps: Annotated[int, Field(ge=1, le=200)] = 20
    """The number of inference steps to use for generating the image. The more steps the better
    the image will be but it will also take longer to generate.
    """
    enable_safety_checks: bool = True
    """If set to true, the resulting image will be checked whether it includes any potentially
    unsafe content. If it does, it will be replaced with a black image.
    """
    skip_ccsr: bool = False
    """If set to true, the image will not be processed by the CCSR model before being processed
    by the creativity model.
    """
    override_size_limits: bool = False
    """Allow for large uploads that could take a very long time."""
    base_model_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The URL to the base model to use for the upscaling"""
    additional_lora_url: Annotated[str | MISSING, Field(json_schema_extra={"x-fal-file": True})] = (
        MISSING
    )
    """The URL to the additional LORA model to use for the upscaling. Default is None"""
    additional_lora_scale: float = 1
    """The scale of the additional LORA model to use for the upscaling. Default is 1.0"""
    additional_embedding_url: Annotated[
        str | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """The URL to the additional embeddings to use for the upscaling. Default is None"""


class CreativeUpscalerOutput(OutputModel):
    image: shared.Image
    """The generated image file info."""
    seed: int
    """Seed of the generated Image. It will be the same value of the one passed in the input or
    the randomly generated that was used in case none was passed.
    """
