# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashheadInput(InputModel):
    image_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the face reference image. Portrait recommended."""
    text: str
    """Text to speak. Converted to speech via ElevenLabs."""
    voice: Literal[
        "Aria",
        "Roger",
        "Sarah",
        "Laura",
        "Charlie",
        "George",
        "Callum",
        "River",
        "Liam",
        "Charlotte",
        "Alice",
        "Matilda",
        "Will",
        "Jessica",
        "Eric",
        "Chris",
        "Brian",
        "Daniel",
        "Lily",
        "Bill",
    ] = "Aria"
    """ElevenLabs voice name."""
    stability: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    """Voice stability (0-1)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility."""


class FlashheadOutput(OutputModel):
    video: shared.File
    """Generated lip-synced avatar video (512x512, 25 FPS)."""
    seed: int
    """The seed used for generation."""
    duration: float
    """Video duration in seconds."""
    timings: dict[str, float] | MISSING = MISSING
    """Timing breakdown."""
