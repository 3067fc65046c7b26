# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class LuxTtsInput(InputModel):
    prompt: Annotated[str, Field(description="The text to be converted to speech.")]
    """The text to be converted to speech."""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the reference audio file for voice cloning. The model will mimic "
            "the voice characteristics from this audio.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the reference audio file for voice cloning. The model will mimic the voice
    characteristics from this audio.
    """

    num_inference_steps: Annotated[
        int,
        Field(
            description="Number of flow-matching inference steps. 4 is recommended for best "
            "efficiency.",
            ge=1,
            le=16,
        ),
    ] = 4
    """Number of flow-matching inference steps. 4 is recommended for best efficiency."""

    max_ref_length: Annotated[
        float,
        Field(
            description="Maximum length of the reference audio to use for voice encoding, in "
            "seconds. Longer durations capture more voice characteristics but increase processing "
            "time.",
            ge=1.0,
            le=15.0,
        ),
    ] = 5
    """Maximum length of the reference audio to use for voice encoding, in seconds. Longer
    durations capture more voice characteristics but increase processing time.
    """

    guidance_scale: Annotated[
        float,
        Field(
            description="Classifier-free guidance scale. Higher values increase adherence to the "
            "reference voice at the cost of diversity.",
            ge=0.0,
            le=10.0,
        ),
    ] = 3
    """Classifier-free guidance scale. Higher values increase adherence to the reference voice at
    the cost of diversity.
    """

    seed: Annotated[int | None | MISSING, Field(description="Random seed for reproducibility.")] = (
        MISSING
    )
    """Random seed for reproducibility."""


class LuxTtsOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated speech audio file at 48kHz.")]
    """The generated speech audio file at 48kHz."""

    seed: int
    timings: dict[str, float]
