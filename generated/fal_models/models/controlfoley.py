# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class ControlfoleyInput(InputModel):
    video_url: Annotated[
        str,
        Field(
            description="URL of the video to generate synchronized audio for.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video to generate synchronized audio for."""

    prompt: Annotated[
        str,
        Field(
            description="Optional text prompt describing the desired audio. When combined with "
            "the video it provides text-controlled video-to-audio (TC-V2A) generation; leave "
            "empty for pure video-to-audio (V2A)."
        ),
    ] = ""
    """Optional text prompt describing the desired audio. When combined with the video it
    provides text-controlled video-to-audio (TC-V2A) generation; leave empty for pure
    video-to-audio (V2A).
    """

    negative_prompt: Annotated[
        str, Field(description="Negative text prompt — describe audio characteristics to avoid.")
    ] = ""
    """Negative text prompt — describe audio characteristics to avoid."""

    reference_audio_url: Annotated[
        str | None | MISSING,
        Field(
            description="Optional URL to a 2-4 second reference audio clip whose timbre should be "
            "transferred to the generated audio (AC-V2A mode). Audio shorter than 2s is "
            "zero-padded; longer is truncated.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """Optional URL to a 2-4 second reference audio clip whose timbre should be transferred to
    the generated audio (AC-V2A mode). Audio shorter than 2s is zero-padded; longer is
    truncated.
    """

    duration: Annotated[
        float,
        Field(
            description="Target audio duration in seconds. Truncated to source video length when "
            "shorter.",
            ge=1.0,
            le=30.0,
        ),
    ] = 8
    """Target audio duration in seconds. Truncated to source video length when shorter."""

    num_inference_steps: Annotated[
        int, Field(description="Number of flow-matching ODE steps.", ge=4, le=100)
    ] = 25
    """Number of flow-matching ODE steps."""

    guidance_scale: Annotated[
        float, Field(description="Classifier-free guidance strength.", ge=0.0, le=20.0)
    ] = 4.5
    """Classifier-free guidance strength."""

    mask_away_clip: Annotated[
        bool, Field(description="When True, disables the CLIP visual stream (text-driven mode).")
    ] = False
    """When True, disables the CLIP visual stream (text-driven mode)."""

    seed: Annotated[
        int | None | MISSING,
        Field(description="Random seed for reproducibility. If null, a random seed is used."),
    ] = MISSING
    """Random seed for reproducibility. If null, a random seed is used."""


class ControlfoleyOutput(OutputModel):
    video: Annotated[
        shared.File, Field(description="Generated video with synchronized audio (H.264 + AAC).")
    ]
    """Generated video with synchronized audio (H.264 + AAC)."""

    audio: Annotated[
        shared.File, Field(description="Generated audio waveform only (44.1 kHz mono WAV).")
    ]
    """Generated audio waveform only (44.1 kHz mono WAV)."""

    seed: Annotated[int, Field(description="The seed used for generation.")]
    """The seed used for generation."""
