# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioTimeSpan(InputModel):
    """A time span indicating where the target sound occurs."""

    start: Annotated[float, Field(description="Start time of the span in seconds", ge=0.0)]
    """Start time of the span in seconds"""

    end: Annotated[float, Field(description="End time of the span in seconds", ge=0.0)]
    """End time of the span in seconds"""

    include: Annotated[
        bool, Field(description="Whether to include (True) or exclude (False) sounds in this span")
    ] = True
    """Whether to include (True) or exclude (False) sounds in this span"""


class SamAudioSpanSeparateInput(InputModel):
    """Input for temporal span-based audio separation."""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to process.", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the audio file to process."""

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Text prompt describing the sound to isolate. Optional but recommended - "
            "helps the model identify what type of sound to extract from the span."
        ),
    ] = MISSING
    """Text prompt describing the sound to isolate. Optional but recommended - helps the model
    identify what type of sound to extract from the span.
    """

    spans: Annotated[
        list[AudioTimeSpan],
        Field(description="Time spans where the target sound occurs which should be isolated."),
    ]
    """Time spans where the target sound occurs which should be isolated."""

    reranking_candidates: Annotated[
        int,
        Field(
            description="Number of candidates to generate and rank. Higher improves quality but "
            "increases latency and cost. Requires text prompt; ignored for span-only separation.",
            ge=1,
            le=7,
        ),
    ] = 1
    """Number of candidates to generate and rank. Higher improves quality but increases latency
    and cost. Requires text prompt; ignored for span-only separation.
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

    use_sound_activity_ranking: Annotated[
        bool,
        Field(
            description="Use sound activity detection to rank reranking candidates based on how "
            "well each candidate's non-silent regions match the provided spans. Enables effective "
            "reranking even without a text prompt (span-only separation). Requires "
            "reranking_candidates > 1."
        ),
    ] = False
    """Use sound activity detection to rank reranking candidates based on how well each
    candidate's non-silent regions match the provided spans. Enables effective reranking even
    without a text prompt (span-only separation). Requires reranking_candidates > 1.
    """

    trim_to_span: Annotated[
        bool,
        Field(
            description="Trim output audio to only include the specified span time range. If "
            "False, returns the full audio length with the target sound isolated throughout."
        ),
    ] = False
    """Trim output audio to only include the specified span time range. If False, returns the
    full audio length with the target sound isolated throughout.
    """

    output_format: Annotated[Literal["wav", "mp3"], Field(description="Output audio format.")] = (
        "wav"
    )
    """Output audio format."""


class SamAudioSpanSeparateOutput(OutputModel):
    """Output for span-based audio separation."""

    target: Annotated[shared.File, Field(description="The isolated target sound.")]
    """The isolated target sound."""

    residual: Annotated[shared.File, Field(description="Everything else in the audio.")]
    """Everything else in the audio."""

    duration: Annotated[float, Field(description="Duration of the output audio in seconds.")]
    """Duration of the output audio in seconds."""

    sample_rate: Annotated[int, Field(description="Sample rate of the output audio in Hz.")] = 48000
    """Sample rate of the output audio in Hz."""
