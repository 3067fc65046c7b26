# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ltx-2.3/image-to-video` (Ltx 2.3 Image To Video)."""

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
from fal_models.models.ltx_2_3_image_to_video import (
    Ltx2_3ImageToVideoInput,
    Ltx2_3ImageToVideoOutput,
)

__all__ = [
    "Ltx2_3ImageToVideo",
    "AsyncLtx2_3ImageToVideo",
    "Ltx2_3ImageToVideoInput",
    "Ltx2_3ImageToVideoOutput",
]


class Ltx2_3ImageToVideo(SyncEndpoint[Ltx2_3ImageToVideoInput, Ltx2_3ImageToVideoOutput]):
    """Ltx 2.3 Image To Video (`fal-ai/ltx-2.3/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2.3/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3/image-to-video"
    input_model: ClassVar[type[Ltx2_3ImageToVideoInput]] = Ltx2_3ImageToVideoInput
    output_model: ClassVar[type[Ltx2_3ImageToVideoOutput]] = Ltx2_3ImageToVideoOutput
    Input = Ltx2_3ImageToVideoInput
    Output = Ltx2_3ImageToVideoOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Ltx2_3ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Ltx2_3ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Ltx2_3ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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


class AsyncLtx2_3ImageToVideo(AsyncEndpoint[Ltx2_3ImageToVideoInput, Ltx2_3ImageToVideoOutput]):
    """Ltx 2.3 Image To Video (`fal-ai/ltx-2.3/image-to-video`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/ltx-2.3/image-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ltx-2.3/image-to-video"
    input_model: ClassVar[type[Ltx2_3ImageToVideoInput]] = Ltx2_3ImageToVideoInput
    output_model: ClassVar[type[Ltx2_3ImageToVideoOutput]] = Ltx2_3ImageToVideoOutput
    Input = Ltx2_3ImageToVideoInput
    Output = Ltx2_3ImageToVideoOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        prompt: str,
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Ltx2_3ImageToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Ltx2_3ImageToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Ltx2_3ImageToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
        duration: Literal[6, 8, 10] | Omit = omit,
        resolution: Literal["1080p", "1440p", "2160p"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16"] | Omit = omit,
        fps: Literal[24, 25, 48, 50] | Omit = omit,
        generate_audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Ltx2_3ImageToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the start image to use for the generated video. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            end_image_url: The URL of the end image to use for the generated video. When provided,
                generates a transition video between start and end frames. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for the generated video. Limits: min length 1, max length
                5000.
            duration: The duration of the generated video in seconds. Default: 6.
            resolution: The resolution of the generated video. Default: "1080p".
            aspect_ratio: The aspect ratio of the generated video. If 'auto', the aspect ratio will
                be determined automatically based on the input image. Default: "auto".
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
