# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-02/pro/text-to-video` (Minimax Hailuo 02 Pro Text
To Video).
"""

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
from fal_models.models.minimax_hailuo_02_pro_text_to_video import (
    MinimaxHailuo02ProTextToVideoInput,
    MinimaxHailuo02ProTextToVideoOutput,
)

__all__ = [
    "MinimaxHailuo02ProTextToVideo",
    "AsyncMinimaxHailuo02ProTextToVideo",
    "MinimaxHailuo02ProTextToVideoInput",
    "MinimaxHailuo02ProTextToVideoOutput",
]


class MinimaxHailuo02ProTextToVideo(
    SyncEndpoint[MinimaxHailuo02ProTextToVideoInput, MinimaxHailuo02ProTextToVideoOutput]
):
    """Minimax Hailuo 02 Pro Text To Video (`fal-ai/minimax/hailuo-02/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/pro/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo02ProTextToVideoInput]] = (
        MinimaxHailuo02ProTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02ProTextToVideoOutput]] = (
        MinimaxHailuo02ProTextToVideoOutput
    )
    Input = MinimaxHailuo02ProTextToVideoInput
    Output = MinimaxHailuo02ProTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo02ProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> RequestHandle[MinimaxHailuo02ProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> MinimaxHailuo02ProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> EndpointStream[MinimaxHailuo02ProTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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


class AsyncMinimaxHailuo02ProTextToVideo(
    AsyncEndpoint[MinimaxHailuo02ProTextToVideoInput, MinimaxHailuo02ProTextToVideoOutput]
):
    """Minimax Hailuo 02 Pro Text To Video (`fal-ai/minimax/hailuo-02/pro/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/pro/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/pro/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo02ProTextToVideoInput]] = (
        MinimaxHailuo02ProTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02ProTextToVideoOutput]] = (
        MinimaxHailuo02ProTextToVideoOutput
    )
    Input = MinimaxHailuo02ProTextToVideoInput
    Output = MinimaxHailuo02ProTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo02ProTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> AsyncRequestHandle[MinimaxHailuo02ProTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> MinimaxHailuo02ProTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
    ) -> AsyncEndpointStream[MinimaxHailuo02ProTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
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
