# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SkyreelsI2vInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the video from.")]
    """The prompt to generate the video from."""

    image_url: Annotated[
        str, Field(description="URL of the image input.", json_schema_extra={"x-fal-file": True})
    ]
    """URL of the image input."""

    seed: Annotated[
        int | None | MISSING,
        Field(
            description="Random seed for generation. If not provided, a random seed will be used."
        ),
    ] = MISSING
    """Random seed for generation. If not provided, a random seed will be used."""

    guidance_scale: Annotated[
        float,
        Field(description="Guidance scale for generation (between 1.0 and 20.0)", ge=1.0, le=20.0),
    ] = 6
    """Guidance scale for generation (between 1.0 and 20.0)"""

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of denoising steps (between 1 and 50). Higher values give better "
            "quality but take longer.",
            ge=1,
            le=50,
        ),
    ] = 30
    """Number of denoising steps (between 1 and 50). Higher values give better quality but take
    longer.
    """

    negative_prompt: Annotated[
        str | None | MISSING,
        Field(description="Negative prompt to guide generation away from certain attributes."),
    ] = MISSING
    """Negative prompt to guide generation away from certain attributes."""

    aspect_ratio: Annotated[
        Literal["16:9", "9:16"], Field(description="Aspect ratio of the output video")
    ] = "16:9"
    """Aspect ratio of the output video"""


class SkyreelsI2vOutput(OutputModel):
    video: shared.File
    seed: Annotated[int, Field(description="The seed used for generation")]
    """The seed used for generation"""
