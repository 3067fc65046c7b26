# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video` (Minimax Hailuo 2.3
Fast Pro Image To Video).
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
from fal_models._uploads import FileInput
from fal_models.models.minimax_hailuo_2_3_fast_pro_image_to_video import (
    MinimaxHailuo2_3FastProImageToVideoInput,
    MinimaxHailuo2_3FastProImageToVideoOutput,
)

__all__ = [
    "MinimaxHailuo2_3FastProImageToVideo",
    "AsyncMinimaxHailuo2_3FastProImageToVideo",
    "MinimaxHailuo2_3FastProImageToVideoInput",
    "MinimaxHailuo2_3FastProImageToVideoOutput",
]


class MinimaxHailuo2_3FastProImageToVideo(
    SyncEndpoint[
        MinimaxHailuo2_3FastProImageToVideoInput, MinimaxHailuo2_3FastProImageToVideoOutput
    ]
):
    """Minimax Hailuo 2.3 Fast Pro Image To Video
    (`fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo2_3FastProImageToVideoInput]] = (
        MinimaxHailuo2_3FastProImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo2_3FastProImageToVideoOutput]] = (
        MinimaxHailuo2_3FastProImageToVideoOutput
    )
    Input = MinimaxHailuo2_3FastProImageToVideoInput
    Output = MinimaxHailuo2_3FastProImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo2_3FastProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxHailuo2_3FastProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo2_3FastProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxHailuo2_3FastProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxHailuo2_3FastProImageToVideo(
    AsyncEndpoint[
        MinimaxHailuo2_3FastProImageToVideoInput, MinimaxHailuo2_3FastProImageToVideoOutput
    ]
):
    """Minimax Hailuo 2.3 Fast Pro Image To Video
    (`fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-2.3-fast/pro/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo2_3FastProImageToVideoInput]] = (
        MinimaxHailuo2_3FastProImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo2_3FastProImageToVideoOutput]] = (
        MinimaxHailuo2_3FastProImageToVideoOutput
    )
    Input = MinimaxHailuo2_3FastProImageToVideoInput
    Output = MinimaxHailuo2_3FastProImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo2_3FastProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxHailuo2_3FastProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo2_3FastProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        prompt_optimizer: bool | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxHailuo2_3FastProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Limits: min length 1, max length 2000.
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "prompt_optimizer": prompt_optimizer,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
