# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/french` (Kokoro French)."""

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
from fal_models.models.kokoro_french import KokoroFrenchInput, KokoroFrenchOutput

__all__ = ["KokoroFrench", "AsyncKokoroFrench", "KokoroFrenchInput", "KokoroFrenchOutput"]


class KokoroFrench(SyncEndpoint[KokoroFrenchInput, KokoroFrenchOutput]):
    """Kokoro French (`fal-ai/kokoro/french`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/french/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/french"
    input_model: ClassVar[type[KokoroFrenchInput]] = KokoroFrenchInput
    output_model: ClassVar[type[KokoroFrenchOutput]] = KokoroFrenchOutput
    Input = KokoroFrenchInput
    Output = KokoroFrenchOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroFrenchOutput:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroFrenchOutput]:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroFrenchOutput:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroFrenchOutput]:
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


class AsyncKokoroFrench(AsyncEndpoint[KokoroFrenchInput, KokoroFrenchOutput]):
    """Kokoro French (`fal-ai/kokoro/french`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/french/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/french"
    input_model: ClassVar[type[KokoroFrenchInput]] = KokoroFrenchInput
    output_model: ClassVar[type[KokoroFrenchOutput]] = KokoroFrenchOutput
    Input = KokoroFrenchInput
    Output = KokoroFrenchOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroFrenchOutput:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroFrenchOutput]:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroFrenchOutput:
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
        voice: Literal["ff_siwis"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroFrenchOutput]:
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
