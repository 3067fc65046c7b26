# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashtalkInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the face reference image."""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the speech audio file (WAV, MP3, etc)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""


class FlashtalkOutput(OutputModel):
    video: shared.File
    """Generated lip-synced avatar video (768x448, 25 FPS)."""
    seed: int
    """The seed used for generation."""
    duration: float
    """Video duration in seconds."""
    timings: dict[str, float] | MISSING = MISSING
    """Timing breakdown."""
