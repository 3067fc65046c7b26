# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/tts/turbo-v2.5` (Elevenlabs Tts Turbo V2.5)."""

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
from fal_models.models.elevenlabs_tts_turbo_v2_5 import (
    ElevenlabsTtsTurboV2_5Input,
    ElevenlabsTtsTurboV2_5Output,
)

__all__ = [
    "ElevenlabsTtsTurboV2_5",
    "AsyncElevenlabsTtsTurboV2_5",
    "ElevenlabsTtsTurboV2_5Input",
    "ElevenlabsTtsTurboV2_5Output",
]


class ElevenlabsTtsTurboV2_5(
    SyncEndpoint[ElevenlabsTtsTurboV2_5Input, ElevenlabsTtsTurboV2_5Output]
):
    """Elevenlabs Tts Turbo V2.5 (`fal-ai/elevenlabs/tts/turbo-v2.5`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/elevenlabs/tts/turbo-v2.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/tts/turbo-v2.5"
    input_model: ClassVar[type[ElevenlabsTtsTurboV2_5Input]] = ElevenlabsTtsTurboV2_5Input
    output_model: ClassVar[type[ElevenlabsTtsTurboV2_5Output]] = ElevenlabsTtsTurboV2_5Output
    Input = ElevenlabsTtsTurboV2_5Input
    Output = ElevenlabsTtsTurboV2_5Output

    def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsTtsTurboV2_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsTtsTurboV2_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTtsTurboV2_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsTtsTurboV2_5Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsTtsTurboV2_5(
    AsyncEndpoint[ElevenlabsTtsTurboV2_5Input, ElevenlabsTtsTurboV2_5Output]
):
    """Elevenlabs Tts Turbo V2.5 (`fal-ai/elevenlabs/tts/turbo-v2.5`).

    Category: text-to-speech. Docs: https://fal.ai/models/fal-ai/elevenlabs/tts/turbo-v2.5/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/tts/turbo-v2.5"
    input_model: ClassVar[type[ElevenlabsTtsTurboV2_5Input]] = ElevenlabsTtsTurboV2_5Input
    output_model: ClassVar[type[ElevenlabsTtsTurboV2_5Output]] = ElevenlabsTtsTurboV2_5Output
    Input = ElevenlabsTtsTurboV2_5Input
    Output = ElevenlabsTtsTurboV2_5Output

    async def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsTtsTurboV2_5Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsTtsTurboV2_5Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTtsTurboV2_5Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        similarity_boost: float | Omit = omit,
        style: float | Omit = omit,
        speed: float | Omit = omit,
        timestamps: bool | Omit = omit,
        previous_text: str | None | Omit = omit,
        next_text: str | None | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsTtsTurboV2_5Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Limits: min length 1.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            similarity_boost: Similarity boost (0-1). Default: 0.75. Limits: minimum 0, maximum 1.
            style: Style exaggeration (0-1). Default: 0. Limits: minimum 0, maximum 1.
            speed: Speech speed (0.7-1.2). Values below 1.0 slow down the speech, above 1.0 speed it
                up. Extreme values may affect quality. Default: 1. Limits: minimum 0.7, maximum 1.2.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            previous_text: The text that came before the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            next_text: The text that comes after the text of the current request. Can be used to
                improve the speech's continuity when concatenating together multiple generations or
                to influence the speech's continuity in the current generation.
            language_code: Language code (ISO 639-1) used to enforce a language for the model. An
                error will be returned if language code is not supported by the model.
            apply_text_normalization: This parameter controls text normalization with three modes:
                'auto', 'on', and 'off'. When set to 'auto', the system will automatically decide
                whether to apply text normalization (e.g., spelling out numbers). With 'on', text
                normalization will always be applied, while with 'off', it will be skipped. Default:
                "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "text": text,
                "voice": voice,
                "stability": stability,
                "similarity_boost": similarity_boost,
                "style": style,
                "speed": speed,
                "timestamps": timestamps,
                "previous_text": previous_text,
                "next_text": next_text,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._stream(payload, options)
