# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FluxVisionUpscalerInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the image to upscale."""
    upscale_factor: Annotated[float, Field(ge=1.0, le=4.0)] = 2
    """The upscale factor (1-4x)."""
    seed: int | None | MISSING = MISSING
    """The seed to use for the upscale. If not provided, a random seed will be used."""
    creativity: Annotated[float, Field(ge=0.0, le=1.0)] = 0.3
    """The creativity of the model. The higher the creativity, the more the model will deviate
    from the original. Refers to the denoise strength of the sampling.
    """
    guidance: Annotated[float, Field(ge=1.0, le=4.0)] = 1
    """CFG/guidance scale (1-4). Controls how closely the model follows the prompt."""
    steps: Annotated[int, Field(ge=4, le=50)] = 20
    """Number of inference steps (4-50)."""
    enable_safety_checker: bool = True
    """Whether to enable the safety checker."""


class FluxVisionUpscalerOutput(OutputModel):
    image: shared.Image
    """The URL of the generated image."""
    seed: int
    """The seed used to generate the image."""
    timings: dict[str, float]
    """The timings of the different steps in the workflow."""
    caption: str
    """The VLM-generated caption used for upscaling."""
