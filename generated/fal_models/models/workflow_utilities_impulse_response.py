# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput


class AudioFile(FileOutput):
    """Audio file with url field"""

    url: str
    """URL of the audio file"""
    content_type: str
    """Content type of the audio file"""
    file_name: str
    """Name of the audio file"""
    file_size: int
    """Size of the audio file in bytes"""


class WorkflowUtilitiesImpulseResponseInput(InputModel):
    """Input model for applying impulse response (IR) convolution reverb to audio"""

    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the main audio file to process"""
    impulse_response_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the impulse response WAV file (reverb/effect profile)"""
    dry_level: Annotated[float, Field(ge=0.0, le=1.0)] = 0.7
    """Level of the original (dry) signal in the mix (0.0-1.0)"""
    wet_level: Annotated[float, Field(ge=0.0, le=1.0)] = 0.3
    """Level of the processed (wet) signal in the mix (0.0-1.0)"""
    loudness_i: Annotated[float, Field(ge=-70.0, le=0.0)] = -18
    """Target integrated loudness in LUFS (typically -24 to -14)"""
    loudness_lra: Annotated[float, Field(ge=1.0, le=50.0)] = 8
    """Loudness Range target in LU (typically 5-15)"""
    loudness_tp: Annotated[float, Field(ge=-10.0, le=0.0)] = -1.5
    """Maximum true peak in dBTP (typically -2 to -1)"""
    output_bitrate: Literal["128k", "192k", "256k", "320k"] = "192k"
    """Output audio bitrate"""


class WorkflowUtilitiesImpulseResponseOutput(OutputModel):
    """Output model for impulse response processed audio"""

    audio: AudioFile
    """The processed audio file with reverb applied"""
