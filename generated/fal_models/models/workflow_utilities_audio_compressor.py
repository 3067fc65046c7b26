# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput


class WorkflowUtilitiesAudioCompressorInput(InputModel):
    """Input model for audio dynamic range compression"""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to compress", json_schema_extra={"x-fal-file": True}
        ),
    ]
    """URL of the audio file to compress"""

    threshold: Annotated[
        float,
        Field(
            description="Threshold level in dB above which compression is applied (-60 to 0)",
            ge=-60.0,
            le=0.0,
        ),
    ] = -18
    """Threshold level in dB above which compression is applied (-60 to 0)"""

    ratio: Annotated[
        float,
        Field(
            description="Compression ratio (1 = no compression, higher = more compression)",
            ge=1.0,
            le=20.0,
        ),
    ] = 3
    """Compression ratio (1 = no compression, higher = more compression)"""

    attack: Annotated[
        float,
        Field(
            description="Attack time in milliseconds (how fast compression starts)",
            ge=0.01,
            le=2000.0,
        ),
    ] = 5
    """Attack time in milliseconds (how fast compression starts)"""

    release: Annotated[
        float,
        Field(
            description="Release time in milliseconds (how fast compression stops)",
            ge=0.01,
            le=9000.0,
        ),
    ] = 50
    """Release time in milliseconds (how fast compression stops)"""

    makeup: Annotated[
        float,
        Field(description="Makeup gain in dB to compensate for volume reduction", ge=0.0, le=64.0),
    ] = 8
    """Makeup gain in dB to compensate for volume reduction"""

    knee: Annotated[
        float,
        Field(
            description="Knee width in dB for soft knee compression (0 = hard knee)", ge=1.0, le=8.0
        ),
    ] = 2.83
    """Knee width in dB for soft knee compression (0 = hard knee)"""

    output_bitrate: Annotated[
        Literal["128k", "192k", "256k", "320k"], Field(description="Output audio bitrate")
    ] = "192k"
    """Output audio bitrate"""


class AudioFile(FileOutput):
    """Audio file with url field"""

    url: Annotated[str, Field(description="URL of the audio file")]
    """URL of the audio file"""

    content_type: Annotated[str, Field(description="Content type of the audio file")]
    """Content type of the audio file"""

    file_name: Annotated[str, Field(description="Name of the audio file")]
    """Name of the audio file"""

    file_size: Annotated[int, Field(description="Size of the audio file in bytes")]
    """Size of the audio file in bytes"""


class WorkflowUtilitiesAudioCompressorOutput(OutputModel):
    """Output model for compressed audio"""

    audio: Annotated[AudioFile, Field(description="The compressed audio file")]
    """The compressed audio file"""
