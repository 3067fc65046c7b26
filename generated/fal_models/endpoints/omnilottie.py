# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/omnilottie` (Omnilottie)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.omnilottie import OmnilottieInput, OmnilottieOutput

__all__ = ["Omnilottie", "AsyncOmnilottie", "OmnilottieInput", "OmnilottieOutput"]


class Omnilottie(SyncEndpoint[OmnilottieInput, OmnilottieOutput]):
    """Omnilottie (`fal-ai/omnilottie`).

    Category: text-to-json. Docs: https://fal.ai/models/fal-ai/omnilottie/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnilottie"
    input_model: ClassVar[type[OmnilottieInput]] = OmnilottieInput
    output_model: ClassVar[type[OmnilottieOutput]] = OmnilottieOutput
    Input = OmnilottieInput
    Output = OmnilottieOutput

    def subscribe(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OmnilottieOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OmnilottieOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnilottieOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OmnilottieOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._stream(payload, options)


class AsyncOmnilottie(AsyncEndpoint[OmnilottieInput, OmnilottieOutput]):
    """Omnilottie (`fal-ai/omnilottie`).

    Category: text-to-json. Docs: https://fal.ai/models/fal-ai/omnilottie/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/omnilottie"
    input_model: ClassVar[type[OmnilottieInput]] = OmnilottieInput
    output_model: ClassVar[type[OmnilottieOutput]] = OmnilottieOutput
    Input = OmnilottieInput
    Output = OmnilottieOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OmnilottieOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OmnilottieOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OmnilottieOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        top_k: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OmnilottieOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the Lottie animation to generate.
            max_tokens: Maximum number of Lottie tokens to generate. Default: 4096. Limits: minimum
                256, maximum 8192.
            temperature: Sampling temperature for generation. Default: 0.9. Limits: minimum 0,
                maximum 2.
            top_p: Nucleus sampling probability threshold. Default: 0.25. Limits: minimum 0, maximum
                1.
            top_k: Top-k sampling parameter. Default: 5. Limits: minimum 1, maximum 100.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "top_k": top_k,
            }
        )
        return self._stream(payload, options)
