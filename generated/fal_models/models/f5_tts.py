# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AudioFile(FileOutput):
    url: str
    content_type: str = "audio/wav"
    file_name: str = "8535dd59e911496a947daa35c07e67a3_tmplkcy6tut.wav"
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""


class F5TtsInput(InputModel):
    gen_text: str
    """The text to be converted to speech. Maximum 5000 characters."""
    ref_audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """The URL of the reference audio file."""
    ref_text: str = ""
    """The reference text to be used for TTS. If not provided, an ASR (Automatic Speech
    Recognition) model will be used to generate the reference text.
    """
    model_type: Literal["F5-TTS", "E2-TTS"]
    """The name of the model to be used for TTS."""
    remove_silence: bool = True
    """Whether to remove the silence from the audio file."""


class F5TtsOutput(OutputModel):
    audio_url: AudioFile
    """The audio file containing the generated speech."""
