# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-02/standard/text-to-video` (Minimax Hailuo 02
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
from fal_models.models.minimax_hailuo_02_standard_text_to_video import (
    MinimaxHailuo02StandardTextToVideoInput,
    MinimaxHailuo02StandardTextToVideoOutput,
)

__all__ = [
    "MinimaxHailuo02StandardTextToVideo",
    "AsyncMinimaxHailuo02StandardTextToVideo",
    "MinimaxHailuo02StandardTextToVideoInput",
    "MinimaxHailuo02StandardTextToVideoOutput",
]


class MinimaxHailuo02StandardTextToVideo(
    SyncEndpoint[MinimaxHailuo02StandardTextToVideoInput, MinimaxHailuo02StandardTextToVideoOutput]
):
    """Minimax Hailuo 02 Standard Text To Video (`fal-ai/minimax/hailuo-02/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/standard/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo02StandardTextToVideoInput]] = (
        MinimaxHailuo02StandardTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02StandardTextToVideoOutput]] = (
        MinimaxHailuo02StandardTextToVideoOutput
    )
    Input = MinimaxHailuo02StandardTextToVideoInput
    Output = MinimaxHailuo02StandardTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo02StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxHailuo02StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxHailuo02StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxHailuo02StandardTextToVideo(
    AsyncEndpoint[MinimaxHailuo02StandardTextToVideoInput, MinimaxHailuo02StandardTextToVideoOutput]
):
    """Minimax Hailuo 02 Standard Text To Video (`fal-ai/minimax/hailuo-02/standard/text-to-video`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/standard/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/standard/text-to-video"
    input_model: ClassVar[type[MinimaxHailuo02StandardTextToVideoInput]] = (
        MinimaxHailuo02StandardTextToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02StandardTextToVideoOutput]] = (
        MinimaxHailuo02StandardTextToVideoOutput
    )
    Input = MinimaxHailuo02StandardTextToVideoInput
    Output = MinimaxHailuo02StandardTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo02StandardTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxHailuo02StandardTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02StandardTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxHailuo02StandardTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 1, max length 2000.
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
