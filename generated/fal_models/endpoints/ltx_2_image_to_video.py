# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2/image-to-video` (Ltx 2 Image To Video)."""

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
from fal_models.models.ltx_2_image_to_video import Ltx2ImageToVideoInput, Ltx2ImageToVideoOutput

__all__ = [
    "Ltx2ImageToVideo",
    "AsyncLtx2ImageToVideo",
    "Ltx2ImageToVideoInput",
    "Ltx2ImageToVideoOutput",
]


class Ltx2ImageToVideo(SyncEndpoint[Ltx2ImageToVideoInput, Ltx2ImageToVideoOutput]):
    """Ltx 2 Image To Video (`fal-ai/ltx-2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/image-to-video"
    input_model: ClassVar[type[Ltx2ImageToVideoInput]] = Ltx2ImageToVideoInput
    output_model: ClassVar[type[Ltx2ImageToVideoOutput]] = Ltx2ImageToVideoOutput
    Input = Ltx2ImageToVideoInput
    Output = Ltx2ImageToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2ImageToVideo(AsyncEndpoint[Ltx2ImageToVideoInput, Ltx2ImageToVideoOutput]):
    """Ltx 2 Image To Video (`fal-ai/ltx-2/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2/image-to-video"
    input_model: ClassVar[type[Ltx2ImageToVideoInput]] = Ltx2ImageToVideoInput
    output_model: ClassVar[type[Ltx2ImageToVideoOutput]] = Ltx2ImageToVideoOutput
    Input = Ltx2ImageToVideoInput
    Output = Ltx2ImageToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        fps: Literal[25, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)
