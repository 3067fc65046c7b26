# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q3/text-to-video/turbo` (Vidu Q3 Text To Video Turbo)."""

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
from fal_models.models.vidu_q3_text_to_video_turbo import (
    ViduQ3TextToVideoTurboInput,
    ViduQ3TextToVideoTurboOutput,
)

__all__ = [
    "ViduQ3TextToVideoTurbo",
    "AsyncViduQ3TextToVideoTurbo",
    "ViduQ3TextToVideoTurboInput",
    "ViduQ3TextToVideoTurboOutput",
]


class ViduQ3TextToVideoTurbo(
    SyncEndpoint[ViduQ3TextToVideoTurboInput, ViduQ3TextToVideoTurboOutput]
):
    """Vidu Q3 Text To Video Turbo (`fal-ai/vidu/q3/text-to-video/turbo`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/text-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/text-to-video/turbo"
    input_model: ClassVar[type[ViduQ3TextToVideoTurboInput]] = ViduQ3TextToVideoTurboInput
    output_model: ClassVar[type[ViduQ3TextToVideoTurboOutput]] = ViduQ3TextToVideoTurboOutput
    Input = ViduQ3TextToVideoTurboInput
    Output = ViduQ3TextToVideoTurboOutput

    def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ3TextToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ3TextToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3TextToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ3TextToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ3TextToVideoTurbo(
    AsyncEndpoint[ViduQ3TextToVideoTurboInput, ViduQ3TextToVideoTurboOutput]
):
    """Vidu Q3 Text To Video Turbo (`fal-ai/vidu/q3/text-to-video/turbo`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q3/text-to-video/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q3/text-to-video/turbo"
    input_model: ClassVar[type[ViduQ3TextToVideoTurboInput]] = ViduQ3TextToVideoTurboInput
    output_model: ClassVar[type[ViduQ3TextToVideoTurboOutput]] = ViduQ3TextToVideoTurboOutput
    Input = ViduQ3TextToVideoTurboInput
    Output = ViduQ3TextToVideoTurboOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ3TextToVideoTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ3TextToVideoTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ3TextToVideoTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        duration: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "1:1"] | Omit = omit,
        resolution: Literal["360p", "540p", "720p", "1080p"] | Omit = omit,
        audio: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ3TextToVideoTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 2000 characters. Limits: max length 2000.
            duration: Duration of the video in seconds. Default: 5. Limits: minimum 1, maximum 16.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            resolution: Output video resolution. Default: "720p".
            audio: Whether to use direct audio-video generation. When true, outputs video with
                sound. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "duration": duration,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "audio": audio,
            }
        )
        return self._stream(payload, options)
