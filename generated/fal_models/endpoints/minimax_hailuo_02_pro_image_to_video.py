# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/minimax/hailuo-02/pro/image-to-video` (Minimax Hailuo 02 Pro Image
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
from fal_models.models.minimax_hailuo_02_pro_image_to_video import (
    MinimaxHailuo02ProImageToVideoInput,
    MinimaxHailuo02ProImageToVideoOutput,
)

__all__ = [
    "MinimaxHailuo02ProImageToVideo",
    "AsyncMinimaxHailuo02ProImageToVideo",
    "MinimaxHailuo02ProImageToVideoInput",
    "MinimaxHailuo02ProImageToVideoOutput",
]


class MinimaxHailuo02ProImageToVideo(
    SyncEndpoint[MinimaxHailuo02ProImageToVideoInput, MinimaxHailuo02ProImageToVideoOutput]
):
    """Minimax Hailuo 02 Pro Image To Video (`fal-ai/minimax/hailuo-02/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/pro/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo02ProImageToVideoInput]] = (
        MinimaxHailuo02ProImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02ProImageToVideoOutput]] = (
        MinimaxHailuo02ProImageToVideoOutput
    )
    Input = MinimaxHailuo02ProImageToVideoInput
    Output = MinimaxHailuo02ProImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MinimaxHailuo02ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MinimaxHailuo02ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MinimaxHailuo02ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)


class AsyncMinimaxHailuo02ProImageToVideo(
    AsyncEndpoint[MinimaxHailuo02ProImageToVideoInput, MinimaxHailuo02ProImageToVideoOutput]
):
    """Minimax Hailuo 02 Pro Image To Video (`fal-ai/minimax/hailuo-02/pro/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/minimax/hailuo-02/pro/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/minimax/hailuo-02/pro/image-to-video"
    input_model: ClassVar[type[MinimaxHailuo02ProImageToVideoInput]] = (
        MinimaxHailuo02ProImageToVideoInput
    )
    output_model: ClassVar[type[MinimaxHailuo02ProImageToVideoOutput]] = (
        MinimaxHailuo02ProImageToVideoOutput
    )
    Input = MinimaxHailuo02ProImageToVideoInput
    Output = MinimaxHailuo02ProImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MinimaxHailuo02ProImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MinimaxHailuo02ProImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MinimaxHailuo02ProImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        prompt_optimizer: bool | Omit = omit,
        end_image_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MinimaxHailuo02ProImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2000.
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            prompt_optimizer: Whether to use the model's prompt optimizer. Default: true.
            end_image_url: Optional URL of the image to use as the last frame of the video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "prompt_optimizer": prompt_optimizer,
                "end_image_url": end_image_url,
            }
        )
        return self._stream(payload, options)
