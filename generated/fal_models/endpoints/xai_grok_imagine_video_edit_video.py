# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-video/edit-video` (Xai Grok Imagine Video Edit Video)."""

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
from fal_models.models.xai_grok_imagine_video_edit_video import (
    XaiGrokImagineVideoEditVideoInput,
    XaiGrokImagineVideoEditVideoOutput,
)

__all__ = [
    "XaiGrokImagineVideoEditVideo",
    "AsyncXaiGrokImagineVideoEditVideo",
    "XaiGrokImagineVideoEditVideoInput",
    "XaiGrokImagineVideoEditVideoOutput",
]


class XaiGrokImagineVideoEditVideo(
    SyncEndpoint[XaiGrokImagineVideoEditVideoInput, XaiGrokImagineVideoEditVideoOutput]
):
    """Xai Grok Imagine Video Edit Video (`xai/grok-imagine-video/edit-video`).

    Category: video-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/edit-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/edit-video"
    input_model: ClassVar[type[XaiGrokImagineVideoEditVideoInput]] = (
        XaiGrokImagineVideoEditVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoEditVideoOutput]] = (
        XaiGrokImagineVideoEditVideoOutput
    )
    Input = XaiGrokImagineVideoEditVideoInput
    Output = XaiGrokImagineVideoEditVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineVideoEditVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineVideoEditVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoEditVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineVideoEditVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineVideoEditVideo(
    AsyncEndpoint[XaiGrokImagineVideoEditVideoInput, XaiGrokImagineVideoEditVideoOutput]
):
    """Xai Grok Imagine Video Edit Video (`xai/grok-imagine-video/edit-video`).

    Category: video-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/edit-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/edit-video"
    input_model: ClassVar[type[XaiGrokImagineVideoEditVideoInput]] = (
        XaiGrokImagineVideoEditVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoEditVideoOutput]] = (
        XaiGrokImagineVideoEditVideoOutput
    )
    Input = XaiGrokImagineVideoEditVideoInput
    Output = XaiGrokImagineVideoEditVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineVideoEditVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineVideoEditVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoEditVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        resolution: Literal["auto", "480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineVideoEditVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired edit. Limits: max length 4096.
            video_url: URL of the input video to edit. The video will be resized to a maximum area
                of 854x480 pixels and truncated to 8 seconds. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            resolution: Resolution of the output video. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
