# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class HunyuanVideoFoleyInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="The URL of the video to generate audio for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the video to generate audio for."""

    text_prompt: Annotated[
        str, Field(description="Text description of the desired audio (optional).")
    ]
    """Text description of the desired audio (optional)."""

    negative_prompt: Annotated[
        str, Field(description="Negative prompt to avoid certain audio characteristics.")
    ] = "noisy, harsh"
    """Negative prompt to avoid certain audio characteristics."""

    guidance_scale: Annotated[
        float, Field(description="Guidance scale for audio generation.", ge=1.0, le=10.0)
    ] = 4.5
    """Guidance scale for audio generation."""

    num_inference_steps: Annotated[
        int, Field(description="Number of inference steps for generation.", ge=10, le=100)
    ] = 50
    """Number of inference steps for generation."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""


class HunyuanVideoFoleyOutput(OutputModel):
    video: Annotated[shared.File, Field(description="List of generated video files with audio.")]
    """List of generated video files with audio."""
