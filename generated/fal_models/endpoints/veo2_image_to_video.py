# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/veo2/image-to-video` (Veo2 Image To Video)."""

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
from fal_models.models.veo2_image_to_video import Veo2ImageToVideoInput, Veo2ImageToVideoOutput

__all__ = [
    "Veo2ImageToVideo",
    "AsyncVeo2ImageToVideo",
    "Veo2ImageToVideoInput",
    "Veo2ImageToVideoOutput",
]


class Veo2ImageToVideo(SyncEndpoint[Veo2ImageToVideoInput, Veo2ImageToVideoOutput]):
    """Veo2 Image To Video (`fal-ai/veo2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/veo2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo2/image-to-video"
    input_model: ClassVar[type[Veo2ImageToVideoInput]] = Veo2ImageToVideoInput
    output_model: ClassVar[type[Veo2ImageToVideoOutput]] = Veo2ImageToVideoOutput
    Input = Veo2ImageToVideoInput
    Output = Veo2ImageToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Veo2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Veo2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Veo2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncVeo2ImageToVideo(AsyncEndpoint[Veo2ImageToVideoInput, Veo2ImageToVideoOutput]):
    """Veo2 Image To Video (`fal-ai/veo2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/veo2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/veo2/image-to-video"
    input_model: ClassVar[type[Veo2ImageToVideoInput]] = Veo2ImageToVideoInput
    output_model: ClassVar[type[Veo2ImageToVideoOutput]] = Veo2ImageToVideoOutput
    Input = Veo2ImageToVideoInput
    Output = Veo2ImageToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Veo2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Veo2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Veo2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        duration: Literal["5s", "6s", "7s", "8s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Veo2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing how the image should be animated.
            image_url: URL of the input image to animate. Should be 720p or higher resolution in
                16:9 or 9:16 aspect ratio. If the image is not in 16:9 or 9:16 aspect ratio, it will
                be cropped to fit. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            duration: The duration of the generated video in seconds. Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
