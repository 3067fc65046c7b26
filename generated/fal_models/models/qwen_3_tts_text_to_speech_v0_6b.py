# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel
from fal_models._files import FileOutput
from fal_models._missing import MISSING

TopK = TypeAliasType("TopK", Annotated[int, Field(description="Top-k sampling parameter.", ge=0)])


TopP = TypeAliasType(
    "TopP", Annotated[float, Field(description="Top-p sampling parameter.", ge=0.0, le=1.0)]
)


Temperature = TypeAliasType(
    "Temperature",
    Annotated[
        float, Field(description="Sampling temperature; higher => more random.", ge=0.0, le=1.0)
    ],
)


RepetitionPenalty = TypeAliasType(
    "RepetitionPenalty",
    Annotated[float, Field(description="Penalty to reduce repeated tokens/codes.", ge=0.0)],
)


SubtalkerTopK = TypeAliasType(
    "SubtalkerTopK", Annotated[int, Field(description="Top-k for sub-talker sampling.", ge=0)]
)


SubtalkerTopP = TypeAliasType(
    "SubtalkerTopP",
    Annotated[float, Field(description="Top-p for sub-talker sampling.", ge=0.0, le=1.0)],
)


SubtalkerTemperature = TypeAliasType(
    "SubtalkerTemperature",
    Annotated[float, Field(description="Temperature for sub-talker sampling.", ge=0.0, le=1.0)],
)


MaxNewTokens = TypeAliasType(
    "MaxNewTokens",
    Annotated[
        int, Field(description="Maximum number of new codec tokens to generate.", ge=1, le=8192)
    ],
)


class Qwen3TtsTextToSpeech0_6bInput(InputModel):
    text: Annotated[str, Field(description="The text to be converted to speech.")]
    """The text to be converted to speech."""

    prompt: Annotated[
        str | None | MISSING,
        Field(
            description="Optional prompt to guide the style of the generated speech. This prompt "
            "will be ignored if a speaker embedding is provided."
        ),
    ] = MISSING
    """Optional prompt to guide the style of the generated speech. This prompt will be ignored if
    a speaker embedding is provided.
    """

    voice: Annotated[
        Literal[
            "Vivian", "Serena", "Uncle_Fu", "Dylan", "Eric", "Ryan", "Aiden", "Ono_Anna", "Sohee"
        ]
        | None
        | MISSING,
        Field(
            description="The voice to be used for speech synthesis, will be ignored if a speaker "
            "embedding is provided. Check out the "
            "**[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**"
            " for each voice's details and which language they primarily support."
        ),
    ] = MISSING
    """The voice to be used for speech synthesis, will be ignored if a speaker embedding is
    provided. Check out the
    **[documentation](https://github.com/QwenLM/Qwen3-TTS/tree/main?tab=readme-ov-file#custom-voice-generate)**
    for each voice's details and which language they primarily support.
    """

    language: Annotated[
        Literal[
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
        ],
        Field(description="The language of the voice."),
    ] = "Auto"
    """The language of the voice."""

    speaker_voice_embedding_file_url: Annotated[
        str | None | MISSING,
        Field(
            description="URL to a speaker embedding file in safetensors format, from "
            "`fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will use "
            "the cloned voice for synthesis instead of the predefined voices.",
            json_schema_extra={"x-fal-file": True},
        ),
    ] = MISSING
    """URL to a speaker embedding file in safetensors format, from
    `fal-ai/qwen-3-tts/clone-voice/0.6b` endpoint. If provided, the TTS model will use the
    cloned voice for synthesis instead of the predefined voices.
    """

    reference_text: Annotated[
        str | None | MISSING,
        Field(
            description="Optional reference text that was used when creating the speaker "
            "embedding. Providing this can improve synthesis quality when using a cloned voice."
        ),
    ] = MISSING
    """Optional reference text that was used when creating the speaker embedding. Providing this
    can improve synthesis quality when using a cloned voice.
    """

    top_k: Annotated[TopK | None, Field(description="Top-k sampling parameter.")] = 50
    """Top-k sampling parameter."""

    top_p: Annotated[TopP | None, Field(description="Top-p sampling parameter.")] = 1
    """Top-p sampling parameter."""

    temperature: Annotated[
        Temperature | None, Field(description="Sampling temperature; higher => more random.")
    ] = 0.9
    """Sampling temperature; higher => more random."""

    repetition_penalty: Annotated[
        RepetitionPenalty | None, Field(description="Penalty to reduce repeated tokens/codes.")
    ] = 1.05
    """Penalty to reduce repeated tokens/codes."""

    subtalker_dosample: Annotated[
        bool | None, Field(description="Sampling switch for the sub-talker.")
    ] = True
    """Sampling switch for the sub-talker."""

    subtalker_top_k: Annotated[
        SubtalkerTopK | None, Field(description="Top-k for sub-talker sampling.")
    ] = 50
    """Top-k for sub-talker sampling."""

    subtalker_top_p: Annotated[
        SubtalkerTopP | None, Field(description="Top-p for sub-talker sampling.")
    ] = 1
    """Top-p for sub-talker sampling."""

    subtalker_temperature: Annotated[
        SubtalkerTemperature | None, Field(description="Temperature for sub-talker sampling.")
    ] = 0.9
    """Temperature for sub-talker sampling."""

    max_new_tokens: Annotated[
        MaxNewTokens | None, Field(description="Maximum number of new codec tokens to generate.")
    ] = 200
    """Maximum number of new codec tokens to generate."""


class AudioFile(FileOutput):
    url: Annotated[str, Field(description="The URL where the file can be downloaded from.")]
    """The URL where the file can be downloaded from."""

    content_type: Annotated[
        str | None | MISSING, Field(description="The mime type of the file.")
    ] = MISSING
    """The mime type of the file."""

    file_name: Annotated[
        str | None | MISSING,
        Field(description="The name of the file. It will be auto-generated if not provided."),
    ] = MISSING
    """The name of the file. It will be auto-generated if not provided."""

    file_size: Annotated[
        int | None | MISSING, Field(description="The size of the file in bytes.")
    ] = MISSING
    """The size of the file in bytes."""

    duration: Annotated[float | None | MISSING, Field(description="The duration of the audio")] = (
        MISSING
    )
    """The duration of the audio"""

    channels: Annotated[
        int | None | MISSING, Field(description="The number of channels in the audio")
    ] = MISSING
    """The number of channels in the audio"""

    sample_rate: Annotated[
        int | None | MISSING, Field(description="The sample rate of the audio")
    ] = MISSING
    """The sample rate of the audio"""

    bitrate: Annotated[
        str | int | None | MISSING,
        Field(description="The bitrate of the audio (e.g., '192k' or 192000)"),
    ] = MISSING
    """The bitrate of the audio (e.g., '192k' or 192000)"""


class Qwen3TtsTextToSpeech0_6bOutput(OutputModel):
    audio: Annotated[AudioFile, Field(description="The generated speech audio file.")]
    """The generated speech audio file."""
