# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/speech-2.8-turbo` (Minimax Speech 2.8 Turbo)."""

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
from fal_models.models.minimax_speech_2_8_turbo import (
    AudioSetting,
    LoudnessNormalizationSetting,
    MinimaxSpeech2_8TurboInput,
    MinimaxSpeech2_8TurboOutput,
    PronunciationDict,
    VoiceModify,
    VoiceSetting,
)

__all__ = [
    "MinimaxSpeech2_8Turbo",
    "AsyncMinimaxSpeech2_8Turbo",
    "MinimaxSpeech2_8TurboInput",
    "MinimaxSpeech2_8TurboOutput",
]


class MinimaxSpeech2_8Turbo(SyncEndpoint[MinimaxSpeech2_8TurboInput, MinimaxSpeech2_8TurboOutput]):
    """Minimax Speech 2.8 Turbo (`fal-ai/minimax/speech-2.8-turbo`).

    Request model for Speech 2.8 Turbo - faster speech synthesis with good quality.

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/speech-2.8-turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/speech-2.8-turbo"
    input_model: ClassVar[type[MinimaxSpeech2_8TurboInput]] = MinimaxSpeech2_8TurboInput
    output_model: ClassVar[type[MinimaxSpeech2_8TurboOutput]] = MinimaxSpeech2_8TurboOutput
    Input = MinimaxSpeech2_8TurboInput
    Output = MinimaxSpeech2_8TurboOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxSpeech2_8TurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxSpeech2_8TurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxSpeech2_8TurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxSpeech2_8TurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxSpeech2_8Turbo(
    AsyncEndpoint[MinimaxSpeech2_8TurboInput, MinimaxSpeech2_8TurboOutput]
):
    """Minimax Speech 2.8 Turbo (`fal-ai/minimax/speech-2.8-turbo`).

    Request model for Speech 2.8 Turbo - faster speech synthesis with good quality.

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/speech-2.8-turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/speech-2.8-turbo"
    input_model: ClassVar[type[MinimaxSpeech2_8TurboInput]] = MinimaxSpeech2_8TurboInput
    output_model: ClassVar[type[MinimaxSpeech2_8TurboOutput]] = MinimaxSpeech2_8TurboOutput
    Input = MinimaxSpeech2_8TurboInput
    Output = MinimaxSpeech2_8TurboOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxSpeech2_8TurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxSpeech2_8TurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxSpeech2_8TurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice_setting: VoiceSetting | Omit = omit,
        audio_setting: AudioSetting | Omit = omit,
        language_boost: Literal[
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
        normalization_setting: LoudnessNormalizationSetting | Omit = omit,
        voice_modify: VoiceModify | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxSpeech2_8TurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text to convert to speech. Use `<#x#>` for pauses (x = 0.01-99.99 seconds).
                Supports interjection tags: `(laughs)`, `(sighs)`, `(coughs)`, `(clears throat)`,
                `(gasps)`, `(sniffs)`, `(groans)`, `(yawns)`. Limits: min length 1, max length
                10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
            voice_modify: Voice modification settings to adjust pitch, intensity, and timbre.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice_setting": voice_setting,
                "audio_setting": audio_setting,
                "language_boost": language_boost,
                "output_format": output_format,
                "pronunciation_dict": pronunciation_dict,
                "normalization_setting": normalization_setting,
                "voice_modify": voice_modify,
            }
        )
        return self._stream(payload, options)
