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


class Qwen3TtsVoiceDesign1_7bInput(InputModel):
    text: str
    """The text to be converted to speech."""
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
    """The language of the voice to be designed."""
    prompt: str
    """Optional prompt to guide the style of the generated speech."""
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


class Qwen3TtsVoiceDesign1_7bOutput(OutputModel):
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
