# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o1/standard/image-to-video` (Kling Video O1 Standard
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
from fal_models.models.kling_video_o1_standard_image_to_video import (
    KlingVideoO1StandardImageToVideoInput,
    KlingVideoO1StandardImageToVideoOutput,
)

__all__ = [
    "KlingVideoO1StandardImageToVideo",
    "AsyncKlingVideoO1StandardImageToVideo",
    "KlingVideoO1StandardImageToVideoInput",
    "KlingVideoO1StandardImageToVideoOutput",
]


class KlingVideoO1StandardImageToVideo(
    SyncEndpoint[KlingVideoO1StandardImageToVideoInput, KlingVideoO1StandardImageToVideoOutput]
):
    """Kling Video O1 Standard Image To Video (`fal-ai/kling-video/o1/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoO1StandardImageToVideoInput]] = (
        KlingVideoO1StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO1StandardImageToVideoOutput]] = (
        KlingVideoO1StandardImageToVideoOutput
    )
    Input = KlingVideoO1StandardImageToVideoInput
    Output = KlingVideoO1StandardImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO1StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO1StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO1StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO1StandardImageToVideo(
    AsyncEndpoint[KlingVideoO1StandardImageToVideoInput, KlingVideoO1StandardImageToVideoOutput]
):
    """Kling Video O1 Standard Image To Video (`fal-ai/kling-video/o1/standard/image-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/standard/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/standard/image-to-video"
    input_model: ClassVar[type[KlingVideoO1StandardImageToVideoInput]] = (
        KlingVideoO1StandardImageToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO1StandardImageToVideoOutput]] = (
        KlingVideoO1StandardImageToVideoOutput
    )
    Input = KlingVideoO1StandardImageToVideoInput
    Output = KlingVideoO1StandardImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO1StandardImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO1StandardImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1StandardImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO1StandardImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Image1 to reference the start frame, @Image2 to reference the end frame.
                Limits: max length 2500.
            start_image_url: Image to use as the first frame of the video. Max file size: 10.0MB,
                Min width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            end_image_url: Image to use as the last frame of the video. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "start_image_url": start_image_url,
                "end_image_url": end_image_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
