# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q3/image-to-video/turbo` (Vidu Q3 Image To Video Turbo)."""

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
from fal_models.models.vidu_q3_image_to_video_turbo import (
    ViduQ3ImageToVideoTurboInput,
    ViduQ3ImageToVideoTurboOutput,
)

__all__ = [
    "ViduQ3ImageToVideoTurbo",
    "AsyncViduQ3ImageToVideoTurbo",
    "ViduQ3ImageToVideoTurboInput",
    "ViduQ3ImageToVideoTurboOutput",
]


class ViduQ3ImageToVideoTurbo(
    SyncEndpoint[ViduQ3ImageToVideoTurboInput, ViduQ3ImageToVideoTurboOutput]
):
    """Vidu Q3 Image To Video Turbo (`fal-ai/vidu/q3/image-to-video/turbo`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/image-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/image-to-video/turbo"
    input_model: ClassVar[type[ViduQ3ImageToVideoTurboInput]] = ViduQ3ImageToVideoTurboInput
    output_model: ClassVar[type[ViduQ3ImageToVideoTurboOutput]] = ViduQ3ImageToVideoTurboOutput
    Input = ViduQ3ImageToVideoTurboInput
    Output = ViduQ3ImageToVideoTurboOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ3ImageToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ3ImageToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3ImageToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ3ImageToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ3ImageToVideoTurbo(
    AsyncEndpoint[ViduQ3ImageToVideoTurboInput, ViduQ3ImageToVideoTurboOutput]
):
    """Vidu Q3 Image To Video Turbo (`fal-ai/vidu/q3/image-to-video/turbo`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/image-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/image-to-video/turbo"
    input_model: ClassVar[type[ViduQ3ImageToVideoTurboInput]] = ViduQ3ImageToVideoTurboInput
    output_model: ClassVar[type[ViduQ3ImageToVideoTurboOutput]] = ViduQ3ImageToVideoTurboOutput
    Input = ViduQ3ImageToVideoTurboInput
    Output = ViduQ3ImageToVideoTurboOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ3ImageToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ3ImageToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3ImageToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        image_url: FileInput,
        end_image_url: FileInput | None | Omit = omit,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ3ImageToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Default: "". Limits: max
                length 2000.
            image_url: URL or base64 image to use as the starting frame. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            end_image_url: URL of the image to use as the ending frame. When provided, generates a
                transition video between start and end frames. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            duration: Duration of the video in seconds (1-16 for Q3 models). Default: 5. Limits:
                minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            resolution: Output video resolution. Note: 360p is not available when end_image_url is
                provided. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with sound
                (including dialogue and sound effects). Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "end_image_url": end_image_url,
                "duration": duration,
                "seed": seed,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)
