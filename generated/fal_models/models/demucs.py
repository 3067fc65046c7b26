# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared

StemsPreset = TypeAliasType(
    "StemsPreset", Literal["vocals", "drums", "bass", "other", "guitar", "piano"]
)


class DemucsInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to separate into stems",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the audio file to separate into stems"""

    model: Annotated[
        Literal[
            "htdemucs",
            "htdemucs_ft",
            "htdemucs_6s",
            "hdemucs_mmi",
            "mdx",
            "mdx_extra",
            "mdx_q",
            "mdx_extra_q",
        ],
        Field(description="Demucs model to use for separation"),
    ] = "htdemucs_6s"
    """Demucs model to use for separation"""

    stems: Annotated[
        list[StemsPreset] | None | MISSING,
        Field(
            description="Specific stems to extract. If None, extracts all available stems. "
            "Available stems depend on model: vocals, drums, bass, other, guitar, piano (for 6s "
            "model)"
        ),
    ] = MISSING
    """Specific stems to extract. If None, extracts all available stems. Available stems depend
    on model: vocals, drums, bass, other, guitar, piano (for 6s model)
    """

    segment_length: Annotated[
        int | None | MISSING,
        Field(
            description="Length in seconds of each segment for processing. Smaller values use "
            "less memory but may reduce quality. Default is model-specific."
        ),
    ] = MISSING
    """Length in seconds of each segment for processing. Smaller values use less memory but may
    reduce quality. Default is model-specific.
    """

    shifts: Annotated[
        int,
        Field(
            description="Number of random shifts for equivariant stabilization. Higher values "
            "improve quality but increase processing time.",
            ge=1,
            le=10,
        ),
    ] = 1
    """Number of random shifts for equivariant stabilization. Higher values improve quality but
    increase processing time.
    """

    overlap: Annotated[
        float,
        Field(
            description="Overlap between segments (0.0 to 1.0). Higher values may improve quality "
            "but increase processing time.",
            ge=0.0,
            le=1.0,
        ),
    ] = 0.25
    """Overlap between segments (0.0 to 1.0). Higher values may improve quality but increase
    processing time.
    """

    output_format: Annotated[
        Literal["wav", "mp3"], Field(description="Output audio format for the separated stems")
    ] = "mp3"
    """Output audio format for the separated stems"""


class DemucsOutput(OutputModel):
    vocals: Annotated[
        shared.File | None | MISSING, Field(description="Separated vocals audio file")
    ] = MISSING
    """Separated vocals audio file"""

    drums: Annotated[
        shared.File | None | MISSING, Field(description="Separated drums audio file")
    ] = MISSING
    """Separated drums audio file"""

    bass: Annotated[
        shared.File | None | MISSING, Field(description="Separated bass audio file")
    ] = MISSING
    """Separated bass audio file"""

    other: Annotated[
        shared.File | None | MISSING, Field(description="Separated other instruments audio file")
    ] = MISSING
    """Separated other instruments audio file"""

    guitar: Annotated[
        shared.File | None | MISSING,
        Field(description="Separated guitar audio file (only available for 6s models)"),
    ] = MISSING
    """Separated guitar audio file (only available for 6s models)"""

    piano: Annotated[
        shared.File | None | MISSING,
        Field(description="Separated piano audio file (only available for 6s models)"),
    ] = MISSING
    """Separated piano audio file (only available for 6s models)"""
