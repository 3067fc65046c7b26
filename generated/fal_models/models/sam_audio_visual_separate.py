# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class SamAudioVisualSeparateInput(InputModel):
    """Input for visual-prompted audio separation."""

    video_url: Annotated[
        str,
        Field(
            description="URL of the video file to process (MP4, MOV, etc.)",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the video file to process (MP4, MOV, etc.)"""

    mask_video_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL of the mask video (binary mask indicating target object). "
            "Black=target, White=background.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL of the mask video (binary mask indicating target object). Black=target,
    White=background.
    """

    prompt: Annotated[
        str,
        Field(
            description="Text prompt to assist with separation. Use natural language to describe "
            "the target sound."
        ),
    ] = ""
    """Text prompt to assist with separation. Use natural language to describe the target sound."""

    reranking_candidates: Annotated[
        int,
        Field(
            description="Number of candidates to generate and rank. Higher improves quality but "
            "increases latency and cost.",
            ge=1,
            le=4,
        ),
    ] = 1
    """Number of candidates to generate and rank. Higher improves quality but increases latency
    and cost.
    """

    acceleration: Annotated[
        Literal["fast", "balanced", "quality"], Field(description="The acceleration level to use.")
    ] = "balanced"
    """The acceleration level to use."""

    max_chunk_duration: Annotated[
        float,
        Field(
            description="Maximum audio duration (in seconds) to process in a single pass. Longer "
            "audio will be chunked with overlap and blended.",
            ge=10.0,
            le=60.0,
        ),
    ] = 60
    """Maximum audio duration (in seconds) to process in a single pass. Longer audio will be
    chunked with overlap and blended.
    """

    chunk_overlap: Annotated[
        float,
        Field(
            description="Overlap duration (in seconds) between chunks for crossfade blending.",
            ge=0.0,
            le=30.0,
        ),
    ] = 5
    """Overlap duration (in seconds) between chunks for crossfade blending."""

    output_format: Annotated[Literal["wav", "mp3"], Field(description="Output audio format.")] = (
        "wav"
    )
    """Output audio format."""


class SamAudioVisualSeparateOutput(OutputModel):
    """Output for visual-prompted audio separation."""

    target: Annotated[shared.File, Field(description="The isolated target sound.")]
    """The isolated target sound."""

    residual: Annotated[shared.File, Field(description="Everything else in the audio.")]
    """Everything else in the audio."""

    duration: Annotated[float, Field(description="Duration of the output audio in seconds.")]
    """Duration of the output audio in seconds."""

    sample_rate: Annotated[int, Field(description="Sample rate of the output audio in Hz.")] = 48000
    """Sample rate of the output audio in Hz."""
