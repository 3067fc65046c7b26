# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OmnilottieVideoToLottieInput(InputModel):
    prompt: Annotated[
        str | None | MISSING, Field(description="Optional text description guiding the conversion.")
    ] = MISSING
    """Optional text description guiding the conversion."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video to convert into a Lottie animation.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video to convert into a Lottie animation."""

    max_tokens: Annotated[
        int, Field(description="Maximum number of Lottie tokens to generate.", ge=256, le=8192)
    ] = 4096
    """Maximum number of Lottie tokens to generate."""

    temperature: Annotated[
        float, Field(description="Sampling temperature for generation.", ge=0.0, le=2.0)
    ] = 0.9
    """Sampling temperature for generation."""

    top_p: Annotated[
        float, Field(description="Nucleus sampling probability threshold.", ge=0.0, le=1.0)
    ] = 0.25
    """Nucleus sampling probability threshold."""

    top_k: Annotated[int, Field(description="Top-k sampling parameter.", ge=1, le=100)] = 5
    """Top-k sampling parameter."""


class OmnilottieVideoToLottieOutput(OutputModel):
    lottie_file: Annotated[
        shared.File, Field(description="The generated Lottie animation as a JSON file.")
    ]
    """The generated Lottie animation as a JSON file."""
