# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Vibevoice0_5bInput(InputModel):
    """Input schema for VibeVoice-0.5b TTS generation"""

    script: Annotated[str, Field(description="The script to convert to speech.", max_length=90000)]
    """The script to convert to speech."""

    speaker: Annotated[
        Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"],
        Field(description="Voice to use for speaking."),
    ]
    """Voice to use for speaking."""

    seed: Annotated[
        int | None | MISSING, Field(description="Random seed for reproducible generation.")
    ] = MISSING
    """Random seed for reproducible generation."""

    cfg_scale: Annotated[
        float,
        Field(
            description="CFG (Classifier-Free Guidance) scale for generation. Higher values "
            "increase adherence to text.",
            ge=1.0,
            le=2.0,
        ),
    ] = 1.3
    """CFG (Classifier-Free Guidance) scale for generation. Higher values increase adherence to
    text.
    """


class Vibevoice0_5bOutput(OutputModel):
    """Output schema for VibeVoice-0.5b TTS generation"""

    audio: Annotated[
        shared.File, Field(description="The generated audio file containing the speech")
    ]
    """The generated audio file containing the speech"""

    duration: Annotated[float, Field(description="Duration of the generated audio in seconds")]
    """Duration of the generated audio in seconds"""

    sample_rate: Annotated[int, Field(description="Sample rate of the generated audio")]
    """Sample rate of the generated audio"""

    generation_time: Annotated[
        float, Field(description="Time taken to generate the audio in seconds")
    ]
    """Time taken to generate the audio in seconds"""

    rtf: Annotated[
        float,
        Field(description="Real-time factor (generation_time / audio_duration). Lower is better."),
    ]
    """Real-time factor (generation_time / audio_duration). Lower is better."""
