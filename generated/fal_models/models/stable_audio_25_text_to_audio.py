# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StableAudio25TextToAudioInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to generate audio from")]
    """The prompt to generate audio from"""

    seconds_total: Annotated[
        int, Field(description="The duration of the audio clip to generate", ge=1, le=190)
    ] = 190
    """The duration of the audio clip to generate"""

    num_inference_steps: Annotated[
        int, Field(description="The number of steps to denoise the audio for", ge=4, le=8)
    ] = 8
    """The number of steps to denoise the audio for"""

    guidance_scale: Annotated[
        float,
        Field(
            description="How strictly the diffusion process adheres to the prompt text (higher "
            "values make your audio closer to your prompt).",
            ge=1.0,
            le=25.0,
        ),
    ] = 1
    """How strictly the diffusion process adheres to the prompt text (higher values make your
    audio closer to your prompt).
    """

    sync_mode: Annotated[
        bool,
        Field(
            description="If `True`, the media will be returned as a data URI and the output data "
            "won't be available in the request history."
        ),
    ] = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """

    seed: int | None | MISSING = MISSING


class StableAudio25TextToAudioOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio clip")]
    """The generated audio clip"""

    seed: Annotated[int, Field(description="The random seed used for generation")]
    """The random seed used for generation"""
