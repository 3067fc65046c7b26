# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/video-upscaler` (Video Upscaler)."""

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
from fal_models.models.video_upscaler import VideoUpscalerInput, VideoUpscalerOutput

__all__ = ["VideoUpscaler", "AsyncVideoUpscaler", "VideoUpscalerInput", "VideoUpscalerOutput"]


class VideoUpscaler(SyncEndpoint[VideoUpscalerInput, VideoUpscalerOutput]):
    """Video Upscaler (`fal-ai/video-upscaler`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/video-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-upscaler"
    input_model: ClassVar[type[VideoUpscalerInput]] = VideoUpscalerInput
    output_model: ClassVar[type[VideoUpscalerOutput]] = VideoUpscalerOutput
    Input = VideoUpscalerInput
    Output = VideoUpscalerOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> VideoUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[VideoUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[VideoUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return self._stream(payload, options)


class AsyncVideoUpscaler(AsyncEndpoint[VideoUpscalerInput, VideoUpscalerOutput]):
    """Video Upscaler (`fal-ai/video-upscaler`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/video-upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/video-upscaler"
    input_model: ClassVar[type[VideoUpscalerInput]] = VideoUpscalerInput
    output_model: ClassVar[type[VideoUpscalerOutput]] = VideoUpscalerOutput
    Input = VideoUpscalerInput
    Output = VideoUpscalerOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> VideoUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[VideoUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> VideoUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[VideoUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            scale: The scale factor. Default: 2. Limits: minimum 1, maximum 8.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "scale": scale,
            }
        )
        return self._stream(payload, options)
