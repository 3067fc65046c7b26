# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel

from . import shared


class LucidfluxInput(InputModel):
    image_url: Annotated[
        str,
        Field(description="The URL of the image to edit.", json_schema_extra={"x-fal-file": True}),
    ]
    """The URL of the image to edit."""

    prompt: Annotated[str, Field(description="The prompt to edit the image.")]
    """The prompt to edit the image."""

    target_width: Annotated[
        int, Field(description="The width of the output image.", ge=512, le=1024)
    ] = 1024
    """The width of the output image."""

    target_height: Annotated[
        int, Field(description="The height of the output image.", ge=512, le=1024)
    ] = 1024
    """The height of the output image."""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of inference steps for sampling. Higher values give better "
            "quality but take longer.",
            ge=2,
            le=50,
        ),
    ] = 50
    """Number of inference steps for sampling. Higher values give better quality but take longer."""

    guidance: Annotated[
        float, Field(description="The guidance to use for the diffusion process.", ge=1.0, le=30.0)
    ] = 4
    """The guidance to use for the diffusion process."""

    seed: Annotated[int, Field(description="Seed used for random number generation")] = 42
    """Seed used for random number generation"""


class LucidfluxOutput(OutputModel):
    image: Annotated[shared.Image, Field(description="Generated image")]
    """Generated image"""

    seed: Annotated[int, Field(description="Seed used for random number generation")]
    """Seed used for random number generation"""
