# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-video/text-to-video` (Xai Grok Imagine Video Text To
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
from fal_models.models.xai_grok_imagine_video_text_to_video import (
    XaiGrokImagineVideoTextToVideoInput,
    XaiGrokImagineVideoTextToVideoOutput,
)

__all__ = [
    "XaiGrokImagineVideoTextToVideo",
    "AsyncXaiGrokImagineVideoTextToVideo",
    "XaiGrokImagineVideoTextToVideoInput",
    "XaiGrokImagineVideoTextToVideoOutput",
]


class XaiGrokImagineVideoTextToVideo(
    SyncEndpoint[XaiGrokImagineVideoTextToVideoInput, XaiGrokImagineVideoTextToVideoOutput]
):
    """Xai Grok Imagine Video Text To Video (`xai/grok-imagine-video/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/text-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoTextToVideoInput]] = (
        XaiGrokImagineVideoTextToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoTextToVideoOutput]] = (
        XaiGrokImagineVideoTextToVideoOutput
    )
    Input = XaiGrokImagineVideoTextToVideoInput
    Output = XaiGrokImagineVideoTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineVideoTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineVideoTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineVideoTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineVideoTextToVideo(
    AsyncEndpoint[XaiGrokImagineVideoTextToVideoInput, XaiGrokImagineVideoTextToVideoOutput]
):
    """Xai Grok Imagine Video Text To Video (`xai/grok-imagine-video/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/xai/grok-imagine-video/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/text-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoTextToVideoInput]] = (
        XaiGrokImagineVideoTextToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoTextToVideoOutput]] = (
        XaiGrokImagineVideoTextToVideoOutput
    )
    Input = XaiGrokImagineVideoTextToVideoInput
    Output = XaiGrokImagineVideoTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineVideoTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineVideoTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineVideoTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired video. Limits: max length 4096.
            duration: Video duration in seconds. Default: 6. Limits: minimum 1, maximum 15.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "720p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
