# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class FlashheadInput(InputModel):
    image_url: Annotated[
        str,
        Field(
            description="URL of the face reference image. Portrait recommended.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the face reference image. Portrait recommended."""

    text: Annotated[str, Field(description="Text to speak. Converted to speech via ElevenLabs.")]
    """Text to speak. Converted to speech via ElevenLabs."""

    voice: Annotated[
        Literal[
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
        ],
        Field(description="ElevenLabs voice name."),
    ] = "Aria"
    """ElevenLabs voice name."""

    stability: Annotated[float, Field(description="Voice stability (0-1).", ge=0.0, le=1.0)] = 0.5
    """Voice stability (0-1)."""

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""


class FlashheadOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="Generated lip-synced avatar video (512x512, 25 FPS).")
    ]
    """Generated lip-synced avatar video (512x512, 25 FPS)."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""

    duration: Annotated[float, Field(description="Video duration in seconds.")]
    """Video duration in seconds."""

    timings: Annotated[dict[str, float] | MISSING, Field(description="Timing breakdown.")] = MISSING
    """Timing breakdown."""
