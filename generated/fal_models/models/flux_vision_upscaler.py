# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FluxVisionUpscalerInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="The URL of the image to upscale.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """The URL of the image to upscale."""

    upscale_factor: Annotated[
        float, Field(description="The upscale factor (1-4x).", ge=1.0, le=4.0)
    ] = 2
    """The upscale factor (1-4x)."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="The seed to use for the upscale. If not provided, a random seed will be "
            "used."
        ),
    ] = MISSING
    """The seed to use for the upscale. If not provided, a random seed will be used."""

    creativity: Annotated[
        float,
        Field(
            description="The creativity of the model. The higher the creativity, the more the "
            "model will deviate from the original. Refers to the denoise strength of the sampling.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.3
    """The creativity of the model. The higher the creativity, the more the model will deviate
    from the original. Refers to the denoise strength of the sampling.
    """

    guidance: Annotated[
        float,
        Field(
            description="CFG/guidance scale (1-4). Controls how closely the model follows the "
            "prompt.",
            ge=1.0,
            le=4.0,
        ),
    ] = 1
    """CFG/guidance scale (1-4). Controls how closely the model follows the prompt."""

    steps: Annotated[int, Field(description="Number of inference steps (4-50).", ge=4, le=50)] = 20
    """Number of inference steps (4-50)."""

    enable_safety_checker: Annotated[
        bool, Field(description="Whether to enable the safety checker.")
    ] = True
    """Whether to enable the safety checker."""


class FluxVisionUpscalerOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="The URL of the generated image.")]
    """The URL of the generated image."""

    seed: Annotated[int, Field(description="The seed used to generate the image.")]
    """The seed used to generate the image."""

    timings: Annotated[
        dict[str, float], Field(description="The timings of the different steps in the workflow.")
    ]
    """The timings of the different steps in the workflow."""

    caption: Annotated[str, Field(description="The VLM-generated caption used for upscaling.")]
    """The VLM-generated caption used for upscaling."""
