# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kokoro/hindi` (Kokoro Hindi)."""

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
from fal_models.models.kokoro_hindi import KokoroHindiInput, KokoroHindiOutput

__all__ = ["KokoroHindi", "AsyncKokoroHindi", "KokoroHindiInput", "KokoroHindiOutput"]


class KokoroHindi(SyncEndpoint[KokoroHindiInput, KokoroHindiOutput]):
    """Kokoro Hindi (`fal-ai/kokoro/hindi`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/hindi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/hindi"
    input_model: ClassVar[type[KokoroHindiInput]] = KokoroHindiInput
    output_model: ClassVar[type[KokoroHindiOutput]] = KokoroHindiOutput
    Input = KokoroHindiInput
    Output = KokoroHindiOutput

    def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KokoroHindiOutput:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KokoroHindiOutput]:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroHindiOutput:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KokoroHindiOutput]:
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


class AsyncKokoroHindi(AsyncEndpoint[KokoroHindiInput, KokoroHindiOutput]):
    """Kokoro Hindi (`fal-ai/kokoro/hindi`).

    Category: audio-to-audio. Docs: https://fal.ai/models/fal-ai/kokoro/hindi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kokoro/hindi"
    input_model: ClassVar[type[KokoroHindiInput]] = KokoroHindiInput
    output_model: ClassVar[type[KokoroHindiOutput]] = KokoroHindiOutput
    Input = KokoroHindiInput
    Output = KokoroHindiOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KokoroHindiOutput:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KokoroHindiOutput]:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KokoroHindiOutput:
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
        voice: Literal["hf_alpha", "hf_beta", "hm_omega", "hm_psi"],
        speed: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KokoroHindiOutput]:
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
