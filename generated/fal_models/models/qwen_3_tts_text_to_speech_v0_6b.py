# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING


class AudioFile(FileOutput):
    url: str
    """The URL where the file can be downloaded from."""
    content_type: str | None | MISSING = MISSING
    """The mime type of the file."""
    file_name: str | None | MISSING = MISSING
    """The name of the file. It will be auto-generated if not provided."""
    file_size: int | None | MISSING = MISSING
    """The size of the file in bytes."""
    duration: float | None | MISSING = MISSING
    """The duration of the audio"""
    channels: int | None | MISSING = MISSING
    """The number of channels in the audio"""
    sample_rate: int | None | MISSING = MISSING
    """The sample rate of the audio"""
    bitrate: str | int | None | MISSING = MISSING
    """The bitrate of the audio (e.g., '192k' or 192000)"""


MaxNewTokens = TypeAliasType("MaxNewTokens", Annotated[int, Field(ge=1, le=8192)])
"""Maximum number of new codec tokens to generate."""


class Qwen3TtsTextToSpeech0_6bInput(InputModel):
    text: str
    """The text to be converted to speech."""
    prompt: str | None | MISSING = MISSING
    """Optional prompt to guide the style of the generated speech. This prompt will be ignored if
    a speaker embedding is provided.
    """
    voice: (
        Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | MISSING
    ) = MISSING
    """The voice to be used for speech synthesis, will be ignored if a speaker embedding is
    provided. Check out the
    **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
    for each voice's details and which language they primarily support.
    """
    language: Literal[
        "Auto",
        "English",
        "Chinese",
        "Spanish",
        "French",
        "German",
        "Italian",
        "Japanese",
        "Korean",
        "Portuguese",
        "Russian",
    ] = "Auto"
    """The language of the voice."""
    speaker_voice_embedding_file_url: Annotated[
        str | None | MISSING, Field(json_schema_extra={"x-fal-file": True})
    ] = MISSING
    """URL to a speaker embedding file in safetensors format, from
    `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will use the
    cloned voice for synthesis instead of the predefined voices.
    """
    reference_text: str | None | MISSING = MISSING
    """Optional reference text that was used when creating the speaker embedding. Providing this
    can improve synthesis quality when using a cloned voice.
    """
    top_k: TopK | None = 50
    """Top-k sampling parameter."""
    top_p: TopP | None = 1
    """Top-p sampling parameter."""
    temperature: Temperature | None = 0.9
    """Sampling temperature; higher => more random."""
    repetition_penalty: RepetitionPenalty | None = 1.05
    """Penalty to reduce repeated tokens/codes."""
    subtalker_dosample: bool | None = True
    """Sampling switch for the sub-talker."""
    subtalker_top_k: SubtalkerTopK | None = 50
    """Top-k for sub-talker sampling."""
    subtalker_top_p: SubtalkerTopP | None = 1
    """Top-p for sub-talker sampling."""
    subtalker_temperature: SubtalkerTemperature | None = 0.9
    """Temperature for sub-talker sampling."""
    max_new_tokens: MaxNewTokens | None = 200
    """Maximum number of new codec tokens to generate."""


class Qwen3TtsTextToSpeech0_6bOutput(OutputModel):
    audio: AudioFile
    """The generated speech audio file."""


RepetitionPenalty = TypeAliasType("RepetitionPenalty", Annotated[float, Field(ge=0.0)])
"""Penalty to reduce repeated tokens/codes."""


SubtalkerTemperature = TypeAliasType(
    "SubtalkerTemperature", Annotated[float, Field(ge=0.0, le=1.0)]
)
"""Temperature for sub-talker sampling."""


SubtalkerTopK = TypeAliasType("SubtalkerTopK", Annotated[int, Field(ge=0)])
"""Top-k for sub-talker sampling."""


SubtalkerTopP = TypeAliasType("SubtalkerTopP", Annotated[float, Field(ge=0.0, le=1.0)])
"""Top-p for sub-talker sampling."""


Temperature = TypeAliasType("Temperature", Annotated[float, Field(ge=0.0, le=1.0)])
"""Sampling temperature; higher => more random."""


TopK = TypeAliasType("TopK", Annotated[int, Field(ge=0)])
"""Top-k sampling parameter."""


TopP = TypeAliasType("TopP", Annotated[float, Field(ge=0.0, le=1.0)])
"""Top-p sampling parameter."""
