# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chatterbox/text-to-speech/multilingual` (Chatterbox Text To Speech
Multilingual).
"""

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
from fal_models.models.chatterbox_text_to_speech_multilingual import (
    ChatterboxTextToSpeechMultilingualInput,
    ChatterboxTextToSpeechMultilingualOutput,
)

__all__ = [
    "ChatterboxTextToSpeechMultilingual",
    "AsyncChatterboxTextToSpeechMultilingual",
    "ChatterboxTextToSpeechMultilingualInput",
    "ChatterboxTextToSpeechMultilingualOutput",
]


class ChatterboxTextToSpeechMultilingual(
    SyncEndpoint[ChatterboxTextToSpeechMultilingualInput, ChatterboxTextToSpeechMultilingualOutput]
):
    """Chatterbox Text To Speech Multilingual (`fal-ai/chatterbox/text-to-speech/multilingual`).

    Category: text-to-speech.
    Docs: https://fal.ai/models/fal-ai/chatterbox/text-to-speech/multilingual/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chatterbox/text-to-speech/multilingual"
    input_model: ClassVar[type[ChatterboxTextToSpeechMultilingualInput]] = (
        ChatterboxTextToSpeechMultilingualInput
    )
    output_model: ClassVar[type[ChatterboxTextToSpeechMultilingualOutput]] = (
        ChatterboxTextToSpeechMultilingualOutput
    )
    Input = ChatterboxTextToSpeechMultilingualInput
    Output = ChatterboxTextToSpeechMultilingualOutput

    def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChatterboxTextToSpeechMultilingualOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChatterboxTextToSpeechMultilingualOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChatterboxTextToSpeechMultilingualOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChatterboxTextToSpeechMultilingualOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncChatterboxTextToSpeechMultilingual(
    AsyncEndpoint[ChatterboxTextToSpeechMultilingualInput, ChatterboxTextToSpeechMultilingualOutput]
):
    """Chatterbox Text To Speech Multilingual (`fal-ai/chatterbox/text-to-speech/multilingual`).

    Category: text-to-speech.
    Docs: https://fal.ai/models/fal-ai/chatterbox/text-to-speech/multilingual/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chatterbox/text-to-speech/multilingual"
    input_model: ClassVar[type[ChatterboxTextToSpeechMultilingualInput]] = (
        ChatterboxTextToSpeechMultilingualInput
    )
    output_model: ClassVar[type[ChatterboxTextToSpeechMultilingualOutput]] = (
        ChatterboxTextToSpeechMultilingualOutput
    )
    Input = ChatterboxTextToSpeechMultilingualInput
    Output = ChatterboxTextToSpeechMultilingualOutput

    async def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChatterboxTextToSpeechMultilingualOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChatterboxTextToSpeechMultilingualOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChatterboxTextToSpeechMultilingualOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        custom_audio_language: Literal[
            "english",
            "arabic",
            "danish",
            "german",
            "greek",
            "spanish",
            "finnish",
            "french",
            "hebrew",
            "hindi",
            "italian",
            "japanese",
            "korean",
            "malay",
            "dutch",
            "norwegian",
            "polish",
            "portuguese",
            "russian",
            "swedish",
            "swahili",
            "turkish",
            "chinese",
        ]
        | None
        | Omit = omit,
        exaggeration: float | Omit = omit,
        temperature: float | Omit = omit,
        cfg_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChatterboxTextToSpeechMultilingualOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to be converted to speech (maximum 300 characters). Supports 23 languages
                including English, French, German, Spanish, Italian, Portuguese, Hindi, Arabic,
                Chinese, Japanese, Korean, and more. Limits: max length 300.
            voice: Language code for synthesis. In case using custom please provide audio url and
                select custom_audio_language. Default: "english".
            custom_audio_language: If using a custom audio URL, specify the language of the audio
                here. Ignored if voice is not a custom url.
            exaggeration: Controls speech expressiveness and emotional intensity (0.25-2.0). 0.5 is
                neutral, higher values increase expressiveness. Extreme values may be unstable.
                Default: 0.5. Limits: minimum 0.25, maximum 2.
            temperature: Controls randomness and variation in generation (0.05-5.0). Higher values
                create more varied speech patterns. Default: 0.8. Limits: minimum 0.05, maximum 5.
            cfg_scale: Configuration/pace weight controlling generation guidance (0.0-1.0). Use 0.0
                for language transfer to mitigate accent inheritance. Default: 0.5. Limits: minimum
                0, maximum 1.
            seed: Random seed for reproducible results. Set to 0 for random generation, or provide a
                specific number for consistent outputs.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "custom_audio_language": custom_audio_language,
                "exaggeration": exaggeration,
                "temperature": temperature,
                "cfg_scale": cfg_scale,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
