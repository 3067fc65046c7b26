# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StableAudio25TextToAudioInput(InputModel):
    prompt: str
    """The prompt to generate audio from"""
    seconds_total: Annotated[int, Field(ge=1, le=190)] = 190
    """The duration of the audio clip to generate"""
    num_inference_steps: Annotated[int, Field(ge=4, le=8)] = 8
    """The number of steps to denoise the audio for"""
    guidance_scale: Annotated[float, Field(ge=1.0, le=25.0)] = 1
    """How strictly the diffusion process adheres to the prompt text (higher values make your
    audio closer to your prompt).
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    seed: int | None | MISSING = MISSING


class StableAudio25TextToAudioOutput(OutputModel):
    audio: shared.File
    """The generated audio clip"""
    seed: int
    """The random seed used for generation"""
