# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

SecondsTotal = TypeAliasType(
    "SecondsTotal",
    Annotated[
        int,
        Field(
            description="The duration of the audio clip to generate. If not provided, it will be "
            "set to the duration of the input audio.",
            ge=1,
            le=190,
        ),
    ],
)


class StableAudio25InpaintInput(InputModel):
    prompt: Annotated[str, Field(description="The prompt to guide the audio generation")]
    """The prompt to guide the audio generation"""

    audio_url: Annotated[
        str, Field(description="The audio clip to inpaint", json_schema_extra={"x-fal-file": True})
    ]
    """The audio clip to inpaint"""

    seconds_total: Annotated[
        SecondsTotal | None,
        Field(
            description="The duration of the audio clip to generate. If not provided, it will be "
            "set to the duration of the input audio."
        ),
    ] = 190
    """The duration of the audio clip to generate. If not provided, it will be set to the
    duration of the input audio.
    """

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

    mask_start: Annotated[
        int, Field(description="The start point of the audio mask", ge=0, le=190)
    ] = 30
    """The start point of the audio mask"""

    mask_end: Annotated[int, Field(description="The end point of the audio mask", ge=0, le=190)] = (
        190
    )
    """The end point of the audio mask"""

    num_inference_steps: Annotated[
        int, Field(description="The number of steps to denoise the audio for", ge=4, le=8)
    ] = 8
    """The number of steps to denoise the audio for"""

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


class StableAudio25InpaintOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio clip")]
    """The generated audio clip"""

    seed: Annotated[int, Field(description="The random seed used for generation")]
    """The random seed used for generation"""
