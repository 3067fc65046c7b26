# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashtalkInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the face reference image.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the face reference image."""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the speech audio file (WAV, MP3, etc).",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the speech audio file (WAV, MP3, etc)."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""


class FlashtalkOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="Generated lip-synced avatar video (768x448, 25 FPS).")
    ]
    """Generated lip-synced avatar video (768x448, 25 FPS)."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    duration: Annotated[float, Field(description="Video duration in seconds.")]
    """Video duration in seconds."""

    timings: Annotated[dict[str, float] | MISSING, Field(description="Timing breakdown.")] = MISSING
    """Timing breakdown."""
