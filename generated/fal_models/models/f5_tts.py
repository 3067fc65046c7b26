# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class F5TtsInput(InputModel):
    gen_text: Annotated[
        str, Field(description="The text to be converted to speech. Maximum 5000 characters.")
    ]
    """The text to be converted to speech. Maximum 5000 characters."""

    ref_audio_url: Annotated[
        str,
        Field(
            description="The URL of the reference audio file.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """The URL of the reference audio file."""

    ref_text: Annotated[
        str,
        Field(
            description="The reference text to be used for TTS. If not provided, an ASR "
            "(Automatic Speech Recognition) model will be used to generate the reference text."
        ),
    ] = ""
    """The reference text to be used for TTS. If not provided, an ASR (Automatic Speech
    Recognition) model will be used to generate the reference text.
    """

    model_type: Annotated[
        Literal["F5-TTS", "E2-TTS"], Field(description="The name of the model to be used for TTS.")
    ]
    """The name of the model to be used for TTS."""

    remove_silence: Annotated[
        bool, Field(description="Whether to remove the silence from the audio file.")
    ] = True
    """Whether to remove the silence from the audio file."""


class AudioFile(FileOutput):
    url: str
    content_type: str = "audio/wav"
    file_name: str = "8535dd59e911496a947daa35c07e67a3_tmplkcy6tut.wav"
    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""


class F5TtsOutput(OutputModel):
    audio_url: Annotated[
        AudioFile, Field(description="The audio file containing the generated speech.")
    ]
    """The audio file containing the generated speech."""
