# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/speech-2.6-hd` (Minimax Speech 2.6 Hd)."""

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
from fal_models.models.minimax_speech_2_6_hd import (
    AudioSetting,
    LoudnessNormalizationSetting,
    MinimaxSpeech2_6HdInput,
    MinimaxSpeech2_6HdOutput,
    PronunciationDict,
    VoiceSetting,
)

__all__ = [
    "MinimaxSpeech2_6Hd",
    "AsyncMinimaxSpeech2_6Hd",
    "MinimaxSpeech2_6HdInput",
    "MinimaxSpeech2_6HdOutput",
]


class MinimaxSpeech2_6Hd(SyncEndpoint[MinimaxSpeech2_6HdInput, MinimaxSpeech2_6HdOutput]):
    """Minimax Speech 2.6 Hd (`fal-ai/minimax/speech-2.6-hd`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/speech-2.6-hd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/speech-2.6-hd"
    input_model: ClassVar[type[MinimaxSpeech2_6HdInput]] = MinimaxSpeech2_6HdInput
    output_model: ClassVar[type[MinimaxSpeech2_6HdOutput]] = MinimaxSpeech2_6HdOutput
    Input = MinimaxSpeech2_6HdInput
    Output = MinimaxSpeech2_6HdOutput

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
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxSpeech2_6HdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxSpeech2_6HdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[RunOptions],
    ) -> MinimaxSpeech2_6HdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxSpeech2_6HdOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxSpeech2_6Hd(AsyncEndpoint[MinimaxSpeech2_6HdInput, MinimaxSpeech2_6HdOutput]):
    """Minimax Speech 2.6 Hd (`fal-ai/minimax/speech-2.6-hd`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/minimax/speech-2.6-hd/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/speech-2.6-hd"
    input_model: ClassVar[type[MinimaxSpeech2_6HdInput]] = MinimaxSpeech2_6HdInput
    output_model: ClassVar[type[MinimaxSpeech2_6HdOutput]] = MinimaxSpeech2_6HdOutput
    Input = MinimaxSpeech2_6HdInput
    Output = MinimaxSpeech2_6HdOutput

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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxSpeech2_6HdOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxSpeech2_6HdOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[RunOptions],
    ) -> MinimaxSpeech2_6HdOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxSpeech2_6HdOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text to convert to speech. Paragraph breaks should be marked with newline
                characters. **NOTE**: You can customize speech pauses by adding markers in the form
                `<#x#>`, where `x` is the pause duration in seconds. Valid range: `[0.01, 99.99]`,
                up to two decimal places. Pause markers must be placed between speakable text
                segments and cannot be used consecutively. Limits: min length 1, max length 10000.
            voice_setting: Voice configuration settings. Default: {"pitch": 0,
                "english_normalization": false, "vol": 1, "speed": 1, "voice_id": "Wise_Woman"}.
            audio_setting: Audio configuration settings.
            language_boost: Enhance recognition of specified languages and dialects.
            output_format: Format of the output content (non-streaming only). Default: "hex".
            pronunciation_dict: Custom pronunciation dictionary for text replacement.
            normalization_setting: Loudness normalization settings for the audio.
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
            }
        )
        return self._stream(payload, options)
