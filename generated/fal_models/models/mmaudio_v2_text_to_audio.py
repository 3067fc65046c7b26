# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

Seed = TypeAliasType(
    "Seed",
    Annotated[int, Field(description="The seed for the random number generator", ge=0, le=65535)],
)


class MmaudioV2TextToAudioInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate the audio for.")]
    """The prompt to generate the audio for."""

    negative_prompt: Annotated[
        str, Field(description="The negative prompt to generate the audio for.")
    ] = ""
    """The negative prompt to generate the audio for."""

    seed: Annotated[
        Seed | None | MISSING, Field(description="The seed for the random number generator")
    ] = MISSING
    """The seed for the random number generator"""

    num_steps: Annotated[
        int, Field(description="The number of steps to generate the audio for.", ge=4, le=50)
    ] = 25
    """The number of steps to generate the audio for."""

    duration: Annotated[
        float, Field(description="The duration of the audio to generate.", ge=1.0, le=30.0)
    ] = 8
    """The duration of the audio to generate."""

    cfg_strength: Annotated[
        float, Field(description="The strength of Classifier Free Guidance.", ge=0.0, le=20.0)
    ] = 4.5
    """The strength of Classifier Free Guidance."""

    mask_away_clip: Annotated[bool, Field(description="Whether to mask away the clip.")] = False
    """Whether to mask away the clip."""


class MmaudioV2TextToAudioOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio.")]
    """The generated audio."""
