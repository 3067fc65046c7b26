# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ControlfoleyInput(InputModel):
    video_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the video to generate synchronized audio for."""
    prompt: str = ""
    """Optional text prompt describing the desired audio. When combined with the video it
    provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
    video-to-audio (V2A).
    """
    negative_prompt: str = ""
    """Negative text prompt — describe audio characteristics to avoid."""
    reference_audio_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """Optional URL to a 2-4 second reference audio clip whose timbre should be transferred to
    the generated audio (AC-V2A mode). Audio shorter than 2s is zero-padded; longer is
    truncated.
    """
    duration: Annotated[float, Field(ge=1.0, le=30.0)] = 8
    """Target audio duration in seconds. Truncated to source video length when shorter."""
    num_inference_steps: Annotated[int, Field(ge=4, le=100)] = 25
    """Number of flow-matching ODE steps."""
    guidance_scale: Annotated[float, Field(ge=0.0, le=20.0)] = 4.5
    """Classifier-free guidance strength."""
    mask_away_clip: bool = False
    """When True, disables the CLIP visual stream (text-driven mode)."""
    seed: int | None | MISSING = MISSING
    """Random seed for reproducibility. If null, a random seed is used."""


class ControlfoleyOutput(OutputModel):
    video: shared.File
    """Generated video with synchronized audio (H.264 + AAC)."""
    audio: shared.File
    """Generated audio waveform only (44.1 kHz mono WAV)."""
    seed: int
    """The seed used for generation."""
