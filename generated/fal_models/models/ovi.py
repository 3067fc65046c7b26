# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OviInput(InputModel):
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

    resolution: Annotated[
        Literal["512x992", "992x512", "960x512", "512x960", "720x720", "448x1120", "1120x448"],
        Field(
            description="Resolution of the generated video in W:H format. One of (512x992, "
            "992x512, 960x512, 512x960, 720x720, or 448x1120)."
        ),
    ] = "992x512"
    """Resolution of the generated video in W:H format. One of (512x992, 992x512, 960x512,
    512x960, 720x720, or 448x1120).
    """


class OviOutput(OutputModel):
    video: Annotated[
        shared.File | None | MISSING, Field(description="The generated video file.")
    ] = MISSING
    """The generated video file."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
