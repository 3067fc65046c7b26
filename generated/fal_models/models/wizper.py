# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field
from typing_extensions import TypeAliasType

from fal_models._base import InputModel, OutputModel

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
    timestamp: tuple[float | None, float | None]
    """Start and end timestamp of the chunk"""
    text: str
    """Transcription of the chunk"""


class WizperInput(InputModel):
    audio_url: Annotated[str, Field(json_schema_extra={"x-fal-file": True})]
    """URL of the audio file to transcribe. Supported formats: mp3, mp4, mpeg, mpga, m4a, wav or
    webm.
    """
    task: Literal["transcribe", "translate"] = "transcribe"
    """Task to perform on the audio file. Either transcribe or translate."""
    language: (
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
        | None
    ) = "en"
    """Language of the audio file. If translate is selected as the task, the audio will be
    translated to English, regardless of the language selected. If `None` is passed, the
    language will be automatically detected. This will also increase the inference time.
    """
    chunk_level: Literal["segment"] = "segment"
    """Level of the chunks to return."""
    max_segment_len: Annotated[int, Field(ge=10, le=29)] = 29
    """Maximum speech segment duration in seconds before splitting."""
    merge_chunks: bool = True
    """Whether to merge consecutive chunks. When enabled, chunks are merged if their combined
    duration does not exceed max_segment_len.
    """
    version: Literal["3"] = "3"
    """Version of the model to use. All of the models are the Whisper large variant."""


class WizperOutput(OutputModel):
    text: str
    """Transcription of the audio file"""
    chunks: list[WhisperChunk]
    """Timestamp chunks of the audio file"""
    languages: list[LanguagesPreset]
    """List of languages that the audio file is inferred to be. Defaults to null."""
