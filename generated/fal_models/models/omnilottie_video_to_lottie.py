# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class OmnilottieVideoToLottieInput(InputModel):
    prompt: str | None | MISSING = MISSING
    """Optional text description guiding the conversion."""
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to convert into a Lottie animation."""
    max_tokens: Annotated[int, Field(ge=256, le=8192)] = 4096
    """Maximum number of Lottie tokens to generate."""
    temperature: Annotated[float, Field(ge=0.0, le=2.0)] = 0.9
    """Sampling temperature for generation."""
    top_p: Annotated[float, Field(ge=0.0, le=1.0)] = 0.25
    """Nucleus sampling probability threshold."""
    top_k: Annotated[int, Field(ge=1, le=100)] = 5
    """Top-k sampling parameter."""


class OmnilottieVideoToLottieOutput(OutputModel):
    lottie_file: shared.File
    """The generated Lottie animation as a JSON file."""
