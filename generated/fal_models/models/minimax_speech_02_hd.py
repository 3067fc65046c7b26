# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting(InputModel):
    sample_rate: Annotated[
        Literal[8000, 16000, 22050, 24000, 32000, 44100],
        Field(description="Sample rate of generated audio"),
    ] = 32000
    """Sample rate of generated audio"""

    bitrate: Annotated[
        Literal[32000, 64000, 128000, 256000], Field(description="Bitrate of generated audio")
    ] = 128000
    """Bitrate of generated audio"""

    format: Annotated[Literal["mp3", "pcm", "flac"], Field(description="Audio format")] = "mp3"
    """Audio format"""

    channel: Annotated[
        Literal[1, 2], Field(description="Number of audio channels (1=mono, 2=stereo)")
    ] = 1
    """Number of audio channels (1=mono, 2=stereo)"""


class PronunciationDict(InputModel):
    tone_list: Annotated[
        list[str] | MISSING,
        Field(
            description="List of pronunciation replacements in format ['text/(pronunciation)', "
            "...]. For Chinese, tones are 1-5. Example: ['燕少飞/(yan4)(shao3)(fei1)']"
        ),
    ] = MISSING
    """List of pronunciation replacements in format ['text/(pronunciation)', ...]. For Chinese,
    tones are 1-5. Example: ['燕少飞/(yan4)(shao3)(fei1)']
    """


class VoiceSetting(InputModel):
    voice_id: Annotated[
        str, Field(description="Predefined voice ID to use for synthesis", min_length=1)
    ] = "Wise_Woman"
    """Predefined voice ID to use for synthesis"""

    speed: Annotated[float, Field(description="Speech speed (0.5-2.0)", ge=0.5, le=2.0)] = 1
    """Speech speed (0.5-2.0)"""

    vol: Annotated[float, Field(description="Volume (0-10)", ge=0.01, le=10.0)] = 1
    """Volume (0-10)"""

    pitch: Annotated[int, Field(description="Voice pitch (-12 to 12)", ge=-12, le=12)] = 0
    """Voice pitch (-12 to 12)"""

    emotion: Annotated[
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
        | None
        | MISSING,
        Field(description="Emotion of the generated speech"),
    ] = MISSING
    """Emotion of the generated speech"""

    english_normalization: Annotated[
        bool,
        Field(
            description="Enables English text normalization to improve number reading "
            "performance, with a slight increase in latency"
        ),
    ] = False
    """Enables English text normalization to improve number reading performance, with a slight
    increase in latency
    """


class MinimaxSpeech02HdInput(InputModel):
    text: Annotated[
        str,
        Field(
            description="Text to convert to speech (max 5000 characters, minimum 1 non-whitespace "
            "character)",
            max_length=5000,
            min_length=1,
        ),
    ]
    """Text to convert to speech (max 5000 characters, minimum 1 non-whitespace character)"""

    voice_setting: Annotated[
        VoiceSetting | MISSING, Field(description="Voice configuration settings")
    ] = MISSING
    """Voice configuration settings"""

    audio_setting: Annotated[
        AudioSetting | MISSING, Field(description="Audio configuration settings")
    ] = MISSING
    """Audio configuration settings"""

    language_boost: Annotated[
        Literal[
            "Chinese",
            "Chinese,Yue",
            "English",
            "Arabic",
            "Russian",
            "Spanish",
            "French",
            "Portuguese",
            "German",
            "Turkish",
            "Dutch",
            "Ukrainian",
            "Vietnamese",
            "Indonesian",
            "Japanese",
            "Italian",
            "Korean",
            "Thai",
            "Polish",
            "Romanian",
            "Greek",
            "Czech",
            "Finnish",
            "Hindi",
            "Bulgarian",
            "Danish",
            "Hebrew",
            "Malay",
            "Slovak",
            "Swedish",
            "Croatian",
            "Hungarian",
            "Norwegian",
            "Slovenian",
            "Catalan",
            "Nynorsk",
            "Afrikaans",
            "auto",
        ]
        | None
        | MISSING,
        Field(description="Enhance recognition of specified languages and dialects"),
    ] = MISSING
    """Enhance recognition of specified languages and dialects"""

    output_format: Annotated[
        Literal["url", "hex"],
        Field(description="Format of the output content (non-streaming only)"),
    ] = "hex"
    """Format of the output content (non-streaming only)"""

    pronunciation_dict: Annotated[
        PronunciationDict | None | MISSING,
        Field(description="Custom pronunciation dictionary for text replacement"),
    ] = MISSING
    """Custom pronunciation dictionary for text replacement"""


class MinimaxSpeech02HdOutput(OutputModel):
    audio: Annotated[shared.File, Field(description="The generated audio file")]
    """The generated audio file"""

    duration_ms: Annotated[int, Field(description="Duration of the audio in milliseconds")]
    """Duration of the audio in milliseconds"""
