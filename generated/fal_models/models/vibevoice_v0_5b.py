# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class Vibevoice0_5bInput(InputModel):
    """Input schema for VibeVoice-0.5b TTS generation"""

    script: Annotated[str, Field(max_length=90000)]
    """The script to convert to speech."""
    speaker: Literal["Frank", "Wayne", "Carter", "Emma", "Grace", "Mike"]
    """Voice to use for speaking."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducible generation."""
    cfg_scale: Annotated[float, Field(ge=1.0, le=2.0)] = 1.3
    """CFG (Classifier-Free Guidance) scale for generation. Higher values increase adherence to
    text.
    """


class Vibevoice0_5bOutput(OutputModel):
    """Output schema for VibeVoice-0.5b TTS generation"""

    audio: shared.File
    """The generated audio file containing the speech"""
    duration: float
    """Duration of the generated audio in seconds"""
    sample_rate: int
    """Sample rate of the generated audio"""
    generation_time: float
    """Time taken to generate the audio in seconds"""
    rtf: float
    """Real-time factor (generation_time / audio_duration). Lower is better."""
