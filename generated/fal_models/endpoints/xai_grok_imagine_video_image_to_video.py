# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-video/image-to-video` (Xai Grok Imagine Video Image To
Video).
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
from fal_models.models.xai_grok_imagine_video_image_to_video import (
    XaiGrokImagineVideoImageToVideoInput,
    XaiGrokImagineVideoImageToVideoOutput,
)

__all__ = [
    "XaiGrokImagineVideoImageToVideo",
    "AsyncXaiGrokImagineVideoImageToVideo",
    "XaiGrokImagineVideoImageToVideoInput",
    "XaiGrokImagineVideoImageToVideoOutput",
]


class XaiGrokImagineVideoImageToVideo(
    SyncEndpoint[XaiGrokImagineVideoImageToVideoInput, XaiGrokImagineVideoImageToVideoOutput]
):
    """Xai Grok Imagine Video Image To Video (`xai/grok-imagine-video/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/image-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoImageToVideoInput]] = (
        XaiGrokImagineVideoImageToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoImageToVideoOutput]] = (
        XaiGrokImagineVideoImageToVideoOutput
    )
    Input = XaiGrokImagineVideoImageToVideoInput
    Output = XaiGrokImagineVideoImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineVideoImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineVideoImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineVideoImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineVideoImageToVideo(
    AsyncEndpoint[XaiGrokImagineVideoImageToVideoInput, XaiGrokImagineVideoImageToVideoOutput]
):
    """Xai Grok Imagine Video Image To Video (`xai/grok-imagine-video/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/image-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoImageToVideoInput]] = (
        XaiGrokImagineVideoImageToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoImageToVideoOutput]] = (
        XaiGrokImagineVideoImageToVideoOutput
    )
    Input = XaiGrokImagineVideoImageToVideoInput
    Output = XaiGrokImagineVideoImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineVideoImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineVideoImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"]
        | None
        | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineVideoImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of desired changes or motion in the video. Limits: max length
                4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "auto".
            resolution: Resolution of the output video. Default: "720p".
            image_url: URL of the input image for video generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
