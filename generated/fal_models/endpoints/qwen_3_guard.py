# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-3-guard` (Qwen 3 Guard)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models.models.qwen_3_guard import Qwen3GuardInput, Qwen3GuardOutput

__all__ = ["Qwen3Guard", "AsyncQwen3Guard", "Qwen3GuardInput", "Qwen3GuardOutput"]


class Qwen3Guard(SyncEndpoint[Qwen3GuardInput, Qwen3GuardOutput]):
    """Qwen 3 Guard (`fal-ai/qwen-3-guard`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/qwen-3-guard/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-guard"
    input_model: ClassVar[type[Qwen3GuardInput]] = Qwen3GuardInput
    output_model: ClassVar[type[Qwen3GuardOutput]] = Qwen3GuardOutput
    Input = Qwen3GuardInput
    Output = Qwen3GuardOutput

    def subscribe(
        self,
        *,
        prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> Qwen3GuardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Qwen3GuardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Qwen3GuardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Qwen3GuardOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncQwen3Guard(AsyncEndpoint[Qwen3GuardInput, Qwen3GuardOutput]):
    """Qwen 3 Guard (`fal-ai/qwen-3-guard`).

    Category: llm. Docs: https://fal.ai/models/fal-ai/qwen-3-guard/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-3-guard"
    input_model: ClassVar[type[Qwen3GuardInput]] = Qwen3GuardInput
    output_model: ClassVar[type[Qwen3GuardOutput]] = Qwen3GuardOutput
    Input = Qwen3GuardInput
    Output = Qwen3GuardOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Qwen3GuardOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Qwen3GuardOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Qwen3GuardOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Qwen3GuardOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The input text to be classified. Limits: max length 131072.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
