# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class DemucsInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the audio file to separate into stems"""
    model: Literal[
        "htdemucs",
        "htdemucs_ft",
        "htdemucs_6s",
        "hdemucs_mmi",
        "mdx",
        "mdx_extra",
        "mdx_q",
        "mdx_extra_q",
    ] = "htdemucs_6s"
    """Demucs model to use for separation"""
    stems: list[StemsPreset] | None | MISSING = MISSING
    """Specific stems to extract. If None, extracts all available stems. Available stems depend
    on model: vocals, drums, bass, other, guitar, piano (for 6s model)
    """
    segment_length: int | None | MISSING = MISSING
    """Length in seconds of each segment for processing. Smaller values use less memory but may
    reduce quality. Default is model-specific.
    """
    shifts: Annotated[int, Field(ge=1, le=10)] = 1
    """Number of random shifts for equivariant stabilization. Higher values improve quality but
    increase processing time.
    """
    overlap: Annotated[float, Field(ge=0.0, le=1.0)] = 0.25
    """Overlap between segments (0.0 to 1.0). Higher values may improve quality but increase
    processing time.
    """
    output_format: Literal["wav", "mp3"] = "mp3"
    """Output audio format for the separated stems"""


class DemucsOutput(OutputModel):
    vocals: shared.File | None | MISSING = MISSING
    """Separated vocals audio file"""
    drums: shared.File | None | MISSING = MISSING
    """Separated drums audio file"""
    bass: shared.File | None | MISSING = MISSING
    """Separated bass audio file"""
    other: shared.File | None | MISSING = MISSING
    """Separated other instruments audio file"""
    guitar: shared.File | None | MISSING = MISSING
    """Separated guitar audio file (only available for 6s models)"""
    piano: shared.File | None | MISSING = MISSING
    """Separated piano audio file (only available for 6s models)"""


StemsPreset = TypeAliasType(
    "StemsPreset", Literal["vocals", "drums", "bass", "other", "guitar", "piano"]
)
