# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/japanese` (Kokoro Japanese)."""

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
from fal_models.models.kokoro_japanese import KokoroJapaneseInput, KokoroJapaneseOutput

__all__ = ["KokoroJapanese", "AsyncKokoroJapanese", "KokoroJapaneseInput", "KokoroJapaneseOutput"]


class KokoroJapanese(SyncEndpoint[KokoroJapaneseInput, KokoroJapaneseOutput]):
    """Kokoro Japanese (`fal-ai/kokoro/japanese`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/japanese/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/japanese"
    input_model: ClassVar[type[KokoroJapaneseInput]] = KokoroJapaneseInput
    output_model: ClassVar[type[KokoroJapaneseOutput]] = KokoroJapaneseOutput
    Input = KokoroJapaneseInput
    Output = KokoroJapaneseOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroJapaneseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroJapaneseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroJapaneseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroJapaneseOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._stream(payload, options)


class AsyncKokoroJapanese(AsyncEndpoint[KokoroJapaneseInput, KokoroJapaneseOutput]):
    """Kokoro Japanese (`fal-ai/kokoro/japanese`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/japanese/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/japanese"
    input_model: ClassVar[type[KokoroJapaneseInput]] = KokoroJapaneseInput
    output_model: ClassVar[type[KokoroJapaneseOutput]] = KokoroJapaneseOutput
    Input = KokoroJapaneseInput
    Output = KokoroJapaneseOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroJapaneseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroJapaneseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroJapaneseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        voice: Literal["jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroJapaneseOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs.
            voice: Voice ID for the desired voice.
            speed: Speed of the generated audio. Default is 1.0. Default: 1. Limits: minimum 0.1,
                maximum 5.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "voice": voice,
                "speed": speed,
            }
        )
        return self._stream(payload, options)
