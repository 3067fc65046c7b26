# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class Audio(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | MISSING = MISSING
    """The size of the file in bytes."""
    file_data: str | MISSING = MISSING
    """File data Not checked by the client: format binary."""


class ResembleAiChatterboxhdSpeechToSpeechInput(InputModel):
    """Input parameters for the speech-to-speech request."""

    source_audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL to the source audio file to be voice-converted."""
    target_voice: (
        Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | MISSING
    ) = MISSING
    """The voice to use for the speech-to-speech request. If neither target_voice nor
    target_voice_audio_url are provided, a random target voice will be used.
    """
    target_voice_audio_url: Annotated[
        str | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL to the audio file which represents the voice of the output audio. If provided, this
    will override the target_voice setting. If neither target_voice nor target_voice_audio_url
    are provided, the default target voice will be used.
    """
    high_quality_audio: bool = False
    """If True, the generated audio will be upscaled to 48kHz. The generation of the audio will
    take longer, but the quality will be higher. If False, the generated audio will be 24kHz.
    """


class ResembleAiChatterboxhdSpeechToSpeechOutput(OutputModel):
    """Output parameters for the speech-to-speech request."""

    audio: Audio
    """The generated voice-converted audio file."""
