# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-02-fast/image-to-video` (Minimax Hailuo 02 Fast
Image To Video).
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
from fal_models._uploads import FileInput
from fal_models.models.minimax_hailuo_02_fast_image_to_video import (
    MinimaxHailuo02FastImageToVideoInput,
    MinimaxHailuo02FastImageToVideoOutput,
)

__all__ = [
    "MinimaxHailuo02FastImageToVideo",
    "AsyncMinimaxHailuo02FastImageToVideo",
    "MinimaxHailuo02FastImageToVideoInput",
    "MinimaxHailuo02FastImageToVideoOutput",
]


class MinimaxHailuo02FastImageToVideo(
    SyncEndpoint[MinimaxHailuo02FastImageToVideoInput, MinimaxHailuo02FastImageToVideoOutput]
):
    """Minimax Hailuo 02 Fast Image To Video (`fal-ai/minimax/hailuo-02-fast/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02-fast/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02-fast/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo02FastImageToVideoInput]] = (
        MinimaxHailuo02FastImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02FastImageToVideoOutput]] = (
        MinimaxHailuo02FastImageToVideoOutput
    )
    Input = MinimaxHailuo02FastImageToVideoInput
    Output = MinimaxHailuo02FastImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo02FastImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxHailuo02FastImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02FastImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxHailuo02FastImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxHailuo02FastImageToVideo(
    AsyncEndpoint[MinimaxHailuo02FastImageToVideoInput, MinimaxHailuo02FastImageToVideoOutput]
):
    """Minimax Hailuo 02 Fast Image To Video (`fal-ai/minimax/hailuo-02-fast/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02-fast/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02-fast/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo02FastImageToVideoInput]] = (
        MinimaxHailuo02FastImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02FastImageToVideoOutput]] = (
        MinimaxHailuo02FastImageToVideoOutput
    )
    Input = MinimaxHailuo02FastImageToVideoInput
    Output = MinimaxHailuo02FastImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo02FastImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxHailuo02FastImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02FastImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["6", "10"] | Omit = omit,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxHailuo02FastImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: The duration of the video in seconds. 10 seconds videos are not supported for
                1080p resolution. Default: "6".
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
