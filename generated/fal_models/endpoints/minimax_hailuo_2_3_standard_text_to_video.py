# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-2.3/standard/text-to-video` (Minimax Hailuo 2.3
Standard Text To Video).
"""

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
from fal_models.models.minimax_hailuo_2_3_standard_text_to_video import (
    MinimaxHailuo2_3StandardTextToVideoInput,
    MinimaxHailuo2_3StandardTextToVideoOutput,
)

__all__ = [
    "MinimaxHailuo2_3StandardTextToVideo",
    "AsyncMinimaxHailuo2_3StandardTextToVideo",
    "MinimaxHailuo2_3StandardTextToVideoInput",
    "MinimaxHailuo2_3StandardTextToVideoOutput",
]


class MinimaxHailuo2_3StandardTextToVideo(
    SyncEndpoint[
        MinimaxHailuo2_3StandardTextToVideoInput, MinimaxHailuo2_3StandardTextToVideoOutput
    ]
):
    """Minimax Hailuo 2.3 Standard Text To Video
    (`fal-ai/minimax/hailuo-2.3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-2.3/standard/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo2_3StandardTextToVideoInput]] = (
        MinimaxHailuo2_3StandardTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo2_3StandardTextToVideoOutput]] = (
        MinimaxHailuo2_3StandardTextToVideoOutput
    )
    Input = MinimaxHailuo2_3StandardTextToVideoInput
    Output = MinimaxHailuo2_3StandardTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo2_3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxHailuo2_3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo2_3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxHailuo2_3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxHailuo2_3StandardTextToVideo(
    AsyncEndpoint[
        MinimaxHailuo2_3StandardTextToVideoInput, MinimaxHailuo2_3StandardTextToVideoOutput
    ]
):
    """Minimax Hailuo 2.3 Standard Text To Video
    (`fal-ai/minimax/hailuo-2.3/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-2.3/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-2.3/standard/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo2_3StandardTextToVideoInput]] = (
        MinimaxHailuo2_3StandardTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo2_3StandardTextToVideoOutput]] = (
        MinimaxHailuo2_3StandardTextToVideoOutput
    )
    Input = MinimaxHailuo2_3StandardTextToVideoInput
    Output = MinimaxHailuo2_3StandardTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo2_3StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxHailuo2_3StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo2_3StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        duration: Literal["6", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxHailuo2_3StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            duration: The duration of the video in seconds. Default: "6".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
