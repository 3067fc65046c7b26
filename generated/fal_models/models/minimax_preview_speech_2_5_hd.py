# Generated from specs/ by `python -m generator generate`. Do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from fal_models._base import InputModel, OutputModel
from fal_models._missing import MISSING

from . import shared


class AudioSetting(InputModel):
    sample_rate: Literal[8000, 16000, 22050, 24000, 32000, 44100] = 32000
    """Sample rate of generated audio"""
    bitrate: Literal[32000, 64000, 128000, 256000] = 128000
    """Bitrate of generated audio"""
    format: Literal["mp3", "pcm", "flac"] = "mp3"
    """Audio format"""
    channel: Literal[1, 2] = 1
    """Number of audio channels (1=mono, 2=stereo)"""


class MinimaxPreviewSpeech2_5HdInput(InputModel):
    text: Annotated[str, Field(max_length=5000, min_length=1)]
    """Text to convert to speech (max 5000 characters, minimum 1 non-whitespace character)"""
    voice_setting: VoiceSetting | MISSING = MISSING
    """Voice configuration settings"""
    audio_setting: AudioSetting | MISSING = MISSING
    """Audio configuration settings"""
    language_boost: (
        Literal[
            "Persian",
            "Filipino",
            "Tamil",
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
        | MISSING
    ) = MISSING
    """Enhance recognition of specified languages and dialects"""
    output_format: Literal["url", "hex"] = "hex"
    """Format of the output content (non-streaming only)"""
    pronunciation_dict: PronunciationDict | None | MISSING = MISSING
    """Custom pronunciation dictionary for text replacement"""


class MinimaxPreviewSpeech2_5HdOutput(OutputModel):
    audio: shared.File
    """The generated audio file"""
    duration_ms: int
    """Duration of the audio in milliseconds"""


class PronunciationDict(InputModel):
    tone_list: list[str] | MISSING = MISSING
    """List of pronunciation replacements in format ['text/(pronunciation)', ...]. For Chinese,
    tones are 1-5. Example: ['燕少飞/(yan4)(shao3)(fei1)']
    """


class VoiceSetting(InputModel):
    voice_id: Annotated[str, Field(min_length=1)] = "Wise_Woman"
    """Predefined voice ID to use for synthesis"""
    speed: Annotated[float, Field(ge=0.5, le=2.0)] = 1
    """Speech speed (0.5-2.0)"""
    vol: Annotated[float, Field(ge=0.01, le=10.0)] = 1
    """Volume (0-10)"""
    pitch: Annotated[int, Field(ge=-12, le=12)] = 0
    """Voice pitch (-12 to 12)"""
    emotion: (
        Literal["happy", "sad", "angry", "fearful", "disgusted", "surprised", "neutral"]
        | None
        | MISSING
    ) = MISSING
    """Emotion of the generated speech"""
    english_normalization: bool = False
    """Enables English text normalization to improve number reading performance, with a slight
    increase in latency
    """
