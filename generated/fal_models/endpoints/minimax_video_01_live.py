# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/video-01-live` (Minimax Video 01 Live)."""

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
from fal_models.models.minimax_video_01_live import (
    MinimaxVideo01LiveInput,
    MinimaxVideo01LiveOutput,
)

__all__ = [
    "MinimaxVideo01Live",
    "AsyncMinimaxVideo01Live",
    "MinimaxVideo01LiveInput",
    "MinimaxVideo01LiveOutput",
]


class MinimaxVideo01Live(SyncEndpoint[MinimaxVideo01LiveInput, MinimaxVideo01LiveOutput]):
    """Minimax Video 01 Live (`fal-ai/minimax/video-01-live`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/minimax/video-01-live/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-live"
    input_model: ClassVar[type[MinimaxVideo01LiveInput]] = MinimaxVideo01LiveInput
    output_model: ClassVar[type[MinimaxVideo01LiveOutput]] = MinimaxVideo01LiveOutput
    Input = MinimaxVideo01LiveInput
    Output = MinimaxVideo01LiveOutput

    def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxVideo01LiveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxVideo01LiveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01LiveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxVideo01LiveOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxVideo01Live(AsyncEndpoint[MinimaxVideo01LiveInput, MinimaxVideo01LiveOutput]):
    """Minimax Video 01 Live (`fal-ai/minimax/video-01-live`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/minimax/video-01-live/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-live"
    input_model: ClassVar[type[MinimaxVideo01LiveInput]] = MinimaxVideo01LiveInput
    output_model: ClassVar[type[MinimaxVideo01LiveOutput]] = MinimaxVideo01LiveOutput
    Input = MinimaxVideo01LiveInput
    Output = MinimaxVideo01LiveOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxVideo01LiveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxVideo01LiveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01LiveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxVideo01LiveOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
