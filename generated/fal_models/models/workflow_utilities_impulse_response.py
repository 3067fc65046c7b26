# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput


class WorkflowUtilitiesImpulseResponseInput(InputModel):
    """Input model for applying impulse response (IR) convolution reverb to audio"""

    audio_url: Annotated[
        str,
        Field(
            description="URL of the main audio file to process",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the main audio file to process"""

    impulse_response_url: Annotated[
        str,
        Field(
            description="URL of the impulse response WAV file (reverb/effect profile)",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the impulse response WAV file (reverb/effect profile)"""

    dry_level: Annotated[
        float,
        Field(
            description="Level of the original (dry) signal in the mix (0.0-1.0)", ge=0.0, le=1.0
        ),
    ] = 0.7
    """Level of the original (dry) signal in the mix (0.0-1.0)"""

    wet_level: Annotated[
        float,
        Field(
            description="Level of the processed (wet) signal in the mix (0.0-1.0)", ge=0.0, le=1.0
        ),
    ] = 0.3
    """Level of the processed (wet) signal in the mix (0.0-1.0)"""

    loudness_i: Annotated[
        float,
        Field(
            description="Target integrated loudness in LUFS (typically -24 to -14)",
            ge=-70.0,
            le=0.0,
        ),
    ] = -18
    """Target integrated loudness in LUFS (typically -24 to -14)"""

    loudness_lra: Annotated[
        float, Field(description="Loudness Range target in LU (typically 5-15)", ge=1.0, le=50.0)
    ] = 8
    """Loudness Range target in LU (typically 5-15)"""

    loudness_tp: Annotated[
        float, Field(description="Maximum true peak in dBTP (typically -2 to -1)", ge=-10.0, le=0.0)
    ] = -1.5
    """Maximum true peak in dBTP (typically -2 to -1)"""

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


class WorkflowUtilitiesImpulseResponseOutput(OutputModel):
    """Output model for impulse response processed audio"""

    audio: Annotated[AudioFile, Field(description="The processed audio file with reverb applied")]
    """The processed audio file with reverb applied"""
