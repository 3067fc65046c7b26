# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OviImageToVideoInput(InputModel):
    prompt: Annotated[str, Field(description="The text prompt to guide video generation.")]
    """The text prompt to guide video generation."""

    negative_prompt: Annotated[str, Field(description="Negative prompt for video generation.")] = (
        "jitter, bad hands, blur, distortion"
    )
    """Negative prompt for video generation."""

    num_inference_steps: Annotated[
        int, Field(description="The number of inference steps.", ge=1, le=50)
    ] = 30
    """The number of inference steps."""

    audio_negative_prompt: Annotated[
        str, Field(description="Negative prompt for audio generation.")
    ] = "robotic, muffled, echo, distorted"
    """Negative prompt for audio generation."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If None, a random seed is chosen."),
    ] = MISSING
    """Random seed for reproducibility. If None, a random seed is chosen."""

    image_url: Annotated[
        str,
        Field(
            description="The image URL to guide video generation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The image URL to guide video generation."""


class OviImageToVideoOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The generated video file.")
    ] = MISSING
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
