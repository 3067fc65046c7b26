# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-video/extend-video` (Xai Grok Imagine Video Extend
Video).
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
from fal_models.models.xai_grok_imagine_video_extend_video import (
    XaiGrokImagineVideoExtendVideoInput,
    XaiGrokImagineVideoExtendVideoOutput,
)

__all__ = [
    "XaiGrokImagineVideoExtendVideo",
    "AsyncXaiGrokImagineVideoExtendVideo",
    "XaiGrokImagineVideoExtendVideoInput",
    "XaiGrokImagineVideoExtendVideoOutput",
]


class XaiGrokImagineVideoExtendVideo(
    SyncEndpoint[XaiGrokImagineVideoExtendVideoInput, XaiGrokImagineVideoExtendVideoOutput]
):
    """Xai Grok Imagine Video Extend Video (`xai/grok-imagine-video/extend-video`).

    Category: video-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/extend-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/extend-video"
    input_model: ClassVar[type[XaiGrokImagineVideoExtendVideoInput]] = (
        XaiGrokImagineVideoExtendVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoExtendVideoOutput]] = (
        XaiGrokImagineVideoExtendVideoOutput
    )
    Input = XaiGrokImagineVideoExtendVideoInput
    Output = XaiGrokImagineVideoExtendVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineVideoExtendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineVideoExtendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoExtendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineVideoExtendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineVideoExtendVideo(
    AsyncEndpoint[XaiGrokImagineVideoExtendVideoInput, XaiGrokImagineVideoExtendVideoOutput]
):
    """Xai Grok Imagine Video Extend Video (`xai/grok-imagine-video/extend-video`).

    Category: video-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/extend-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/extend-video"
    input_model: ClassVar[type[XaiGrokImagineVideoExtendVideoInput]] = (
        XaiGrokImagineVideoExtendVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoExtendVideoOutput]] = (
        XaiGrokImagineVideoExtendVideoOutput
    )
    Input = XaiGrokImagineVideoExtendVideoInput
    Output = XaiGrokImagineVideoExtendVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineVideoExtendVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineVideoExtendVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoExtendVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        duration: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineVideoExtendVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of what should happen next in the video. Limits: max length
                4096.
            video_url: URL of the source video to extend. Must be MP4 format (H.264, H.265, or AV1
                codec), 2-15 seconds long. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            duration: Length of the extension in seconds. Default: 6. Limits: minimum 2, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
