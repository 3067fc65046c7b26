# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class ResembleAiChatterboxhdSpeechToSpeechInput(InputModel):
    """Input parameters for the speech-to-speech request."""

    source_audio_url: Annotated[
        str,
        Field(
            description="URL to the source audio file to be voice-converted.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL to the source audio file to be voice-converted."""

    target_voice: Annotated[
        Literal[
            "Aurora", "Blade", "Britney", "Carl", "Cliff", "Richard", "Rico", "Siobhan", "Vicky"
        ]
        | MISSING,
        Field(
            description="The voice to use for the speech-to-speech request. If neither "
            "target_voice nor target_voice_audio_url are provided, a random target voice will be "
            "used."
        ),
    ] = MISSING
    """The voice to use for the speech-to-speech request. If neither target_voice nor
    target_voice_audio_url are provided, a random target voice will be used.
    """

    target_voice_audio_url: Annotated[
        str | MISSING,
        Field(
            description="URL to the audio file which represents the voice of the output audio. If "
            "provided, this will override the target_voice setting. If neither target_voice nor "
            "target_voice_audio_url are provided, the default target voice will be used.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to the audio file which represents the voice of the output audio. If provided, this
    will override the target_voice setting. If neither target_voice nor target_voice_audio_url
    are provided, the default target voice will be used.
    """

    high_quality_audio: Annotated[
        bool,
        Field(
            description="If True, the generated audio will be upscaled to 48kHz. The generation "
            "of the audio will take longer, but the quality will be higher. If False, the "
            "generated audio will be 24kHz."
        ),
    ] = False
    """If True, the generated audio will be upscaled to 48kHz. The generation of the audio will
    take longer, but the quality will be higher. If False, the generated audio will be 24kHz.
    """


class Audio(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[str | MISSING, Field(description="The mime type of the file.")] = (
        MISSING
    )
    """The mime type of the file."""

    file_name: Annotated[
        str | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[int | MISSING, Field(description="The size of the file in bytes.")] = (
        MISSING
    )
    """The size of the file in bytes."""

    file_data: Annotated[
        str | MISSING, Field(description="File data Not checked by the client: format binary.")
    ] = MISSING
    """File data Not checked by the client: format binary."""


class ResembleAiChatterboxhdSpeechToSpeechOutput(OutputModel):
    """Output parameters for the speech-to-speech request."""

    audio: Annotated[Audio, Field(description="The generated voice-converted audio file.")]
    """The generated voice-converted audio file."""
