# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/italian` (Kokoro Italian)."""

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
from fal_models.models.kokoro_italian import KokoroItalianInput, KokoroItalianOutput

__all__ = ["KokoroItalian", "AsyncKokoroItalian", "KokoroItalianInput", "KokoroItalianOutput"]


class KokoroItalian(SyncEndpoint[KokoroItalianInput, KokoroItalianOutput]):
    """Kokoro Italian (`fal-ai/kokoro/italian`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/italian/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/italian"
    input_model: ClassVar[type[KokoroItalianInput]] = KokoroItalianInput
    output_model: ClassVar[type[KokoroItalianOutput]] = KokoroItalianOutput
    Input = KokoroItalianInput
    Output = KokoroItalianOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroItalianOutput:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroItalianOutput]:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroItalianOutput:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroItalianOutput]:
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


class AsyncKokoroItalian(AsyncEndpoint[KokoroItalianInput, KokoroItalianOutput]):
    """Kokoro Italian (`fal-ai/kokoro/italian`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/italian/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/italian"
    input_model: ClassVar[type[KokoroItalianInput]] = KokoroItalianInput
    output_model: ClassVar[type[KokoroItalianOutput]] = KokoroItalianOutput
    Input = KokoroItalianInput
    Output = KokoroItalianOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroItalianOutput:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroItalianOutput]:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroItalianOutput:
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
        voice: Literal["if_sara", "im_nicola"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroItalianOutput]:
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
