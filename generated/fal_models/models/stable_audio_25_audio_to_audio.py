# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class StableAudio25AudioToAudioInput(InputModel):
    prompt: str
    """The prompt to guide the audio generation"""
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The audio clip to transform"""
    strength: Annotated[float, Field(ge=0.01, le=1.0)] = 0.8
    """Sometimes referred to as denoising, this parameter controls how much influence the
    `audio_url` parameter has on the generated audio. A value of 0 would yield audio that is
    identical to the input. A value of 1 would be as if you passed in no audio at all.
    """
    num_inference_steps: Annotated[int, Field(ge=4, le=8)] = 8
    """The number of steps to denoise the audio for"""
    total_seconds: TotalSeconds | None | MISSING = MISSING
    """The duration of the audio clip to generate. If not provided, it will be set to the
    duration of the input audio.
    """
    guidance_scale: Annotated[float, Field(ge=1.0, le=25.0)] = 1
    """How strictly the diffusion process adheres to the prompt text (higher values make your
    audio closer to your prompt).
    """
    sync_mode: bool = False
    """If `True`, the media will be returned as a data URI and the output data won't be available
    in the request history.
    """
    seed: int | None | MISSING = MISSING


class StableAudio25AudioToAudioOutput(OutputModel):
    audio: shared.File
    """The generated audio clip"""
    seed: int
    """The random seed used for generation"""


TotalSeconds = TypeAliasType("TotalSeconds", Annotated[int, Field(ge=1, le=190)])
"""The duration of the audio clip to generate. If not provided, it will be set to the duration of
the input audio.
"""
