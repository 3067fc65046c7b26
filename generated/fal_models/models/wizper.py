# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel


class WizperInput(InputModel):
    audio_url: Annotated[
        str,
        Field(
            description="URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, "
            "mpga, m4a, wav or webm.",
            json_schema_extra={"x-fal-file": True},
        ),
    ]
    """URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga, m4a, wav or
    webm.
    """

    task: Annotated[
        Literal["transcribe", "translate"],
        Field(description="Task to perform on the audio file. Either transcribe or translate."),
    ] = "transcribe"
    """Task to perform on the audio file. Either transcribe or translate."""

    language: Annotated[
        Literal[
            "af",
            "am",
            "ar",
            "as",
            "az",
            "ba",
            "be",
            "bg",
            "bn",
            "bo",
            "br",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fo",
            "fr",
            "gl",
            "gu",
            "ha",
            "haw",
            "he",
            "hi",
            "hr",
            "ht",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "jw",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "la",
            "lb",
            "ln",
            "lo",
            "lt",
            "lv",
            "mg",
            "mi",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "ne",
            "nl",
            "nn",
            "no",
            "oc",
            "pa",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "sa",
            "sd",
            "si",
            "sk",
            "sl",
            "sn",
            "so",
            "sq",
            "sr",
            "su",
            "sv",
            "sw",
            "ta",
            "te",
            "tg",
            "th",
            "tk",
            "tl",
            "tr",
            "tt",
            "uk",
            "ur",
            "uz",
            "vi",
            "yi",
            "yo",
            "zh",
        ]
        | None,
        Field(
            description="Language of the audio file. If translate is selected as the task, the "
            "audio will be translated to English, regardless of the language selected. If `None` "
            "is passed, the language will be automatically detected. This will also increase the "
            "inference time."
        ),
    ] = "en"
    """Language of the audio file. If translate is selected as the task, the audio will be
    translated to English, regardless of the language selected. If `None` is passed, the
    language will be automatically detected. This will also increase the inference time.
    """

    chunk_level: Annotated[
        Literal["segment"], Field(description="Level of the chunks to return.")
    ] = "segment"
    """Level of the chunks to return."""

    max_segment_len: Annotated[
        int,
        Field(
            description="Maximum speech segment duration in seconds before splitting.", ge=10, le=29
        ),
    ] = 29
    """Maximum speech segment duration in seconds before splitting."""

    merge_chunks: Annotated[
        bool,
        Field(
            description="Whether to merge consecutive chunks. When enabled, chunks are merged if "
            "their combined duration does not exceed max_segment_len."
        ),
    ] = True
    """Whether to merge consecutive chunks. When enabled, chunks are merged if their combined
    duration does not exceed max_segment_len.
    """

    version: Annotated[
        Literal["3"],
        Field(
            description="Version of the model to use. All of the models are the Whisper large "
            "variant."
        ),
    ] = "3"
    """Version of the model to use. All of the models are the Whisper large variant."""


LanguagesPreset = TypeAliasType(
    "LanguagesPreset",
    Literal[
        "af",
        "am",
        "ar",
        "as",
        "az",
        "ba",
        "be",
        "bg",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "eu",
        "fa",
        "fi",
        "fo",
        "fr",
        "gl",
        "gu",
        "ha",
        "haw",
        "he",
        "hi",
        "hr",
        "ht",
        "hu",
        "hy",
        "id",
        "is",
        "it",
        "ja",
        "jw",
        "ka",
        "kk",
        "km",
        "kn",
        "ko",
        "la",
        "lb",
        "ln",
        "lo",
        "lt",
        "lv",
        "mg",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "ne",
        "nl",
        "nn",
        "no",
        "oc",
        "pa",
        "pl",
        "ps",
        "pt",
        "ro",
        "ru",
        "sa",
        "sd",
        "si",
        "sk",
        "sl",
        "sn",
        "so",
        "sq",
        "sr",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "tk",
        "tl",
        "tr",
        "tt",
        "uk",
        "ur",
        "uz",
        "vi",
        "yi",
        "yo",
        "zh",
    ]
    | str,
)


class WhisperChunk(OutputModel):
    timestamp: Annotated[
        tuple[float | None, float | None], Field(description="Start and end timestamp of the chunk")
    ]
    """Start and end timestamp of the chunk"""

    text: Annotated[str, Field(description="Transcription of the chunk")]
    """Transcription of the chunk"""


class WizperOutput(OutputModel):
    text: Annotated[str, Field(description="Transcription of the audio file")]
    """Transcription of the audio file"""

    chunks: Annotated[list[WhisperChunk], Field(description="Timestamp chunks of the audio file")]
    """Timestamp chunks of the audio file"""

    languages: Annotated[
        list[LanguagesPreset],
        Field(
            description="List of languages that the audio file is inferred to be. Defaults to null."
        ),
    ]
    """List of languages that the audio file is inferred to be. Defaults to null."""
