# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o1/image-to-video` (Kling Video O1 Image To Video)."""

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
from fal_models.models.kling_video_o1_image_to_video import (
    KlingVideoO1ImageToVideoInput,
    KlingVideoO1ImageToVideoOutput,
)

__all__ = [
    "KlingVideoO1ImageToVideo",
    "AsyncKlingVideoO1ImageToVideo",
    "KlingVideoO1ImageToVideoInput",
    "KlingVideoO1ImageToVideoOutput",
]


class KlingVideoO1ImageToVideo(
    SyncEndpoint[KlingVideoO1ImageToVideoInput, KlingVideoO1ImageToVideoOutput]
):
    """Kling Video O1 Image To Video (`fal-ai/kling-video/o1/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kling-video/o1/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/image-to-video"
    input_model: ClassVar[type[KlingVideoO1ImageToVideoInput]] = KlingVideoO1ImageToVideoInput
    output_model: ClassVar[type[KlingVideoO1ImageToVideoOutput]] = KlingVideoO1ImageToVideoOutput
    Input = KlingVideoO1ImageToVideoInput
    Output = KlingVideoO1ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO1ImageToVideoOutput:
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
    ) -> RequestHandle[KlingVideoO1ImageToVideoOutput]:
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
    ) -> KlingVideoO1ImageToVideoOutput:
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
    ) -> EndpointStream[KlingVideoO1ImageToVideoOutput]:
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


class AsyncKlingVideoO1ImageToVideo(
    AsyncEndpoint[KlingVideoO1ImageToVideoInput, KlingVideoO1ImageToVideoOutput]
):
    """Kling Video O1 Image To Video (`fal-ai/kling-video/o1/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kling-video/o1/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/image-to-video"
    input_model: ClassVar[type[KlingVideoO1ImageToVideoInput]] = KlingVideoO1ImageToVideoInput
    output_model: ClassVar[type[KlingVideoO1ImageToVideoOutput]] = KlingVideoO1ImageToVideoOutput
    Input = KlingVideoO1ImageToVideoInput
    Output = KlingVideoO1ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        start_image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO1ImageToVideoOutput:
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
    ) -> AsyncRequestHandle[KlingVideoO1ImageToVideoOutput]:
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
    ) -> KlingVideoO1ImageToVideoOutput:
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
    ) -> AsyncEndpointStream[KlingVideoO1ImageToVideoOutput]:
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
