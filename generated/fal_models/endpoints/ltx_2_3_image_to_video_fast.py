# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2.3/image-to-video/fast` (Ltx 2.3 Image To Video Fast)."""

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
from fal_models.models.ltx_2_3_image_to_video_fast import (
    Ltx2_3ImageToVideoFastInput,
    Ltx2_3ImageToVideoFastOutput,
)

__all__ = [
    "Ltx2_3ImageToVideoFast",
    "AsyncLtx2_3ImageToVideoFast",
    "Ltx2_3ImageToVideoFastInput",
    "Ltx2_3ImageToVideoFastOutput",
]


class Ltx2_3ImageToVideoFast(
    SyncEndpoint[Ltx2_3ImageToVideoFastInput, Ltx2_3ImageToVideoFastOutput]
):
    """Ltx 2.3 Image To Video Fast (`fal-ai/ltx-2.3/image-to-video/fast`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2.3/image-to-video/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3/image-to-video/fast"
    input_model: ClassVar[type[Ltx2_3ImageToVideoFastInput]] = Ltx2_3ImageToVideoFastInput
    output_model: ClassVar[type[Ltx2_3ImageToVideoFastOutput]] = Ltx2_3ImageToVideoFastOutput
    Input = Ltx2_3ImageToVideoFastInput
    Output = Ltx2_3ImageToVideoFastOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_3ImageToVideoFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_3ImageToVideoFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3ImageToVideoFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_3ImageToVideoFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)


class AsyncLtx2_3ImageToVideoFast(
    AsyncEndpoint[Ltx2_3ImageToVideoFastInput, Ltx2_3ImageToVideoFastOutput]
):
    """Ltx 2.3 Image To Video Fast (`fal-ai/ltx-2.3/image-to-video/fast`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2.3/image-to-video/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3/image-to-video/fast"
    input_model: ClassVar[type[Ltx2_3ImageToVideoFastInput]] = Ltx2_3ImageToVideoFastInput
    output_model: ClassVar[type[Ltx2_3ImageToVideoFastOutput]] = Ltx2_3ImageToVideoFastOutput
    Input = Ltx2_3ImageToVideoFastInput
    Output = Ltx2_3ImageToVideoFastOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_3ImageToVideoFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_3ImageToVideoFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3ImageToVideoFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10, 12, 14, 16, 18, 20] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_3ImageToVideoFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to generate the video from. Must be publicly accessible or
                base64 data URI. Supports PNG, JPEG, WebP, AVIF, and HEIF formats. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate the video from. Limits: min length 1, max length 5000.
            duration: The duration of the generated video in seconds. The fast model supports 6-20
                seconds. Note: Durations longer than 10 seconds (12, 14, 16, 18, 20) are only
                supported with 25 FPS and 1080p resolution. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. Default: "auto".
            fps: The frames per second of the generated video. Default: 25.
            generate_audio: Whether to generate audio for the generated video. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "end_image_url": end_image_url,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "fps": fps,
                "generate_audio": generate_audio,
            }
        )
        return self._stream(payload, options)
