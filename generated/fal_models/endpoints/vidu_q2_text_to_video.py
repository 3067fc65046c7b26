# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q2/text-to-video` (Vidu Q2 Text To Video)."""

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
from fal_models.models.vidu_q2_text_to_video import ViduQ2TextToVideoInput, ViduQ2TextToVideoOutput

__all__ = [
    "ViduQ2TextToVideo",
    "AsyncViduQ2TextToVideo",
    "ViduQ2TextToVideoInput",
    "ViduQ2TextToVideoOutput",
]


class ViduQ2TextToVideo(SyncEndpoint[ViduQ2TextToVideoInput, ViduQ2TextToVideoOutput]):
    """Vidu Q2 Text To Video (`fal-ai/vidu/q2/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/text-to-video"
    input_model: ClassVar[type[ViduQ2TextToVideoInput]] = ViduQ2TextToVideoInput
    output_model: ClassVar[type[ViduQ2TextToVideoOutput]] = ViduQ2TextToVideoOutput
    Input = ViduQ2TextToVideoInput
    Output = ViduQ2TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ2TextToVideo(AsyncEndpoint[ViduQ2TextToVideoInput, ViduQ2TextToVideoOutput]):
    """Vidu Q2 Text To Video (`fal-ai/vidu/q2/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q2/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q2/text-to-video"
    input_model: ClassVar[type[ViduQ2TextToVideoInput]] = ViduQ2TextToVideoInput
    output_model: ClassVar[type[ViduQ2TextToVideoOutput]] = ViduQ2TextToVideoOutput
    Input = ViduQ2TextToVideoInput
    Output = ViduQ2TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ2TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ2TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ2TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8] | Omit = omit,
        resolution: Literal["360p", "520p", "720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        bgm: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ2TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 3000 characters. Limits: max length 3000.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            duration: Duration of the video in seconds. Default: 4.
            resolution: Output video resolution. Default: "720p".
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            bgm: Whether to add background music to the video (only for 4-second videos). Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "duration": duration,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
                "bgm": bgm,
            }
        )
        return self._stream(payload, options)
