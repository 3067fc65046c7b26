# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ClarityUpscalerInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to upscale."""
    prompt: str = "masterpiece, best quality, highres"
    """The prompt to use for generating the image. Be as descriptive as possible for best
    results.
    """
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """The upscale factor"""
    negative_prompt: str = "(worst quality, low quality, normal quality:2)"
    """The negative prompt to use. Use it to address details that you don't want in the image."""
    creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.35
    """The creativity of the model. The higher the creativity, the more the model will deviate
    from the prompt. Refers to the denoise strength of the sampling.
    """
    resemblance: Annotated[float, Field(ge=0.0, le=1.0)] = 0.6
    """The resemblance of the upscaled image to the original image. The higher the resemblance,
    the more the model will try to keep the original image. Refers to the strength of the
    ControlNet.
    """
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 4
    """The CFG (Classifier Free Guidance) scale is a measure of how close you want the model to
    stick to your prompt when looking for a related image to show you.
    """
    num_inference_steps: Annotated[int, Field(ge=4, le=50)] = 18
    """The number of inference steps to perform."""
    seed: Seed | None | MISSING = MISSING
    """The same seed and the same prompt given to the same version of Stable Diffusion will
    output the same image every time.
    """
    enable_safety_checker: bool = True
    """If set to false, the safety checker will be disabled."""


class ClarityUpscalerOutput(OutputModel):
    image: shared.Image
    """The URL of the generated image."""
    seed: int
    """The seed used to generate the image."""
    timings: dict[str, float]
    """The timings of the different steps in the workflow."""


Seed = TypeAliasType("Seed", Annotated[int, Field(ge=0)])
"""The same seed and the same prompt given to the same version of Stable Diffusion will output
the same image every time.
"""
