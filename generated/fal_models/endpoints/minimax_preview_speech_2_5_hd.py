# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/preview/speech-2.5-hd` (Minimax Preview Speech 2.5 Hd)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models.models.minimax_preview_speech_2_5_hd import (
    AudioSetting,
    MinimaxPreviewSpeech2_5HdInput,
    MinimaxPreviewSpeech2_5HdOutput,
    PronunciationDict,
    VoiceSetting,
)

__all__ = [
    "MinimaxPreviewSpeech2_5Hd",
    "AsyncMinimaxPreviewSpeech2_5Hd",
    "MinimaxPreviewSpeech2_5HdInput",
    "MinimaxPreviewSpeech2_5HdOutput",
]


class MinimaxPreviewSpeech2_5Hd(
    SyncEndpoint[MinimaxPreviewSpeech2_5HdInput, MinimaxPreviewSpeech2_5HdOutput]
):
    """Minimax Preview Speech 2.5 Hd (`fal-ai/minimax/preview/speech-2.5-hd`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/preview/speech-2.5-hd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/preview/speech-2.5-hd"
    input_model: ClassVar[type[MinimaxPreviewSpeech2_5HdInput]] = MinimaxPreviewSpeech2_5HdInput
    output_model: ClassVar[type[MinimaxPreviewSpeech2_5HdOutput]] = MinimaxPreviewSpeech2_5HdOutput
    Input = MinimaxPreviewSpeech2_5HdInput
    Output = MinimaxPreviewSpeech2_5HdOutput

    def subscribe(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxPreviewSpeech2_5HdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxPreviewSpeech2_5HdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxPreviewSpeech2_5HdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxPreviewSpeech2_5HdOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxPreviewSpeech2_5Hd(
    AsyncEndpoint[MinimaxPreviewSpeech2_5HdInput, MinimaxPreviewSpeech2_5HdOutput]
):
    """Minimax Preview Speech 2.5 Hd (`fal-ai/minimax/preview/speech-2.5-hd`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/preview/speech-2.5-hd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/preview/speech-2.5-hd"
    input_model: ClassVar[type[MinimaxPreviewSpeech2_5HdInput]] = MinimaxPreviewSpeech2_5HdInput
    output_model: ClassVar[type[MinimaxPreviewSpeech2_5HdOutput]] = MinimaxPreviewSpeech2_5HdOutput
    Input = MinimaxPreviewSpeech2_5HdInput
    Output = MinimaxPreviewSpeech2_5HdOutput

    async def subscribe(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxPreviewSpeech2_5HdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxPreviewSpeech2_5HdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxPreviewSpeech2_5HdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        | Omit = omit,
        output_format: Literal["url", "hex"] | Omit = omit,
        pronunciation_dict: PronunciationDict | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxPreviewSpeech2_5HdOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: Text to convert to speech (max 5000 characters, minimum 1 non-whitespace
                character). Limits: min length 1, max length 5000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
            }
        )
        return self._stream(payload, options)
