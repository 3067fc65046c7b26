# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/video-01-live/image-to-video` (Minimax Video 01 Live Image
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
from fal_models._uploads import FileInput
from fal_models.models.minimax_video_01_live_image_to_video import (
    MinimaxVideo01LiveImageToVideoInput,
    MinimaxVideo01LiveImageToVideoOutput,
)

__all__ = [
    "MinimaxVideo01LiveImageToVideo",
    "AsyncMinimaxVideo01LiveImageToVideo",
    "MinimaxVideo01LiveImageToVideoInput",
    "MinimaxVideo01LiveImageToVideoOutput",
]


class MinimaxVideo01LiveImageToVideo(
    SyncEndpoint[MinimaxVideo01LiveImageToVideoInput, MinimaxVideo01LiveImageToVideoOutput]
):
    """Minimax Video 01 Live Image To Video (`fal-ai/minimax/video-01-live/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/video-01-live/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-live/image-to-video"
    input_model: ClassVar[type[MinimaxVideo01LiveImageToVideoInput]] = (
        MinimaxVideo01LiveImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxVideo01LiveImageToVideoOutput]] = (
        MinimaxVideo01LiveImageToVideoOutput
    )
    Input = MinimaxVideo01LiveImageToVideoInput
    Output = MinimaxVideo01LiveImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxVideo01LiveImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxVideo01LiveImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01LiveImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxVideo01LiveImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxVideo01LiveImageToVideo(
    AsyncEndpoint[MinimaxVideo01LiveImageToVideoInput, MinimaxVideo01LiveImageToVideoOutput]
):
    """Minimax Video 01 Live Image To Video (`fal-ai/minimax/video-01-live/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/video-01-live/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/video-01-live/image-to-video"
    input_model: ClassVar[type[MinimaxVideo01LiveImageToVideoInput]] = (
        MinimaxVideo01LiveImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxVideo01LiveImageToVideoOutput]] = (
        MinimaxVideo01LiveImageToVideoOutput
    )
    Input = MinimaxVideo01LiveImageToVideoInput
    Output = MinimaxVideo01LiveImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxVideo01LiveImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxVideo01LiveImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxVideo01LiveImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxVideo01LiveImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: URL of the image to use as the first frame. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
            }
        )
        return self._stream(payload, options)
