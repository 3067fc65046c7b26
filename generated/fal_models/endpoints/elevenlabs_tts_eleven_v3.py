# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/elevenlabs/tts/eleven-v3` (Elevenlabs Tts Eleven V3)."""

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
from fal_models.models.elevenlabs_tts_eleven_v3 import (
    ElevenlabsTtsElevenV3Input,
    ElevenlabsTtsElevenV3Output,
)

__all__ = [
    "ElevenlabsTtsElevenV3",
    "AsyncElevenlabsTtsElevenV3",
    "ElevenlabsTtsElevenV3Input",
    "ElevenlabsTtsElevenV3Output",
]


class ElevenlabsTtsElevenV3(SyncEndpoint[ElevenlabsTtsElevenV3Input, ElevenlabsTtsElevenV3Output]):
    """Elevenlabs Tts Eleven V3 (`fal-ai/elevenlabs/tts/eleven-v3`).

    Request model for eleven_v3 which doesn't support previous_text/next_text

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/tts/eleven-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/tts/eleven-v3"
    input_model: ClassVar[type[ElevenlabsTtsElevenV3Input]] = ElevenlabsTtsElevenV3Input
    output_model: ClassVar[type[ElevenlabsTtsElevenV3Output]] = ElevenlabsTtsElevenV3Output
    Input = ElevenlabsTtsElevenV3Input
    Output = ElevenlabsTtsElevenV3Output

    def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ElevenlabsTtsElevenV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ElevenlabsTtsElevenV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTtsElevenV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ElevenlabsTtsElevenV3Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._stream(payload, options)


class AsyncElevenlabsTtsElevenV3(
    AsyncEndpoint[ElevenlabsTtsElevenV3Input, ElevenlabsTtsElevenV3Output]
):
    """Elevenlabs Tts Eleven V3 (`fal-ai/elevenlabs/tts/eleven-v3`).

    Request model for eleven_v3 which doesn't support previous_text/next_text

    Category: text-to-audio. Docs: https://fal.ai/models/fal-ai/elevenlabs/tts/eleven-v3/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/elevenlabs/tts/eleven-v3"
    input_model: ClassVar[type[ElevenlabsTtsElevenV3Input]] = ElevenlabsTtsElevenV3Input
    output_model: ClassVar[type[ElevenlabsTtsElevenV3Output]] = ElevenlabsTtsElevenV3Output
    Input = ElevenlabsTtsElevenV3Input
    Output = ElevenlabsTtsElevenV3Output

    async def subscribe(
        self,
        *,
        text: str,
        voice: str | Omit = omit,
        stability: float | Omit = omit,
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ElevenlabsTtsElevenV3Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ElevenlabsTtsElevenV3Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ElevenlabsTtsElevenV3Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
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
        timestamps: bool | Omit = omit,
        language_code: str | None | Omit = omit,
        apply_text_normalization: Literal["auto", "on", "off"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ElevenlabsTtsElevenV3Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            text: The text to convert to speech. Limits: min length 1, max length 5000.
            voice: The voice to use for speech generation. Default: "Rachel".
            stability: Voice stability (0-1). Default: 0.5. Limits: minimum 0, maximum 1.
            timestamps: Whether to return timestamps for each word in the generated speech. Default:
                false.
            language_code: Language code (ISO 639-1) used to enforce a language for the model.
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
                "timestamps": timestamps,
                "language_code": language_code,
                "apply_text_normalization": apply_text_normalization,
            }
        )
        return self._stream(payload, options)
