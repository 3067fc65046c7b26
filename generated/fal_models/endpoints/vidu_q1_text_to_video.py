# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/vidu/q1/text-to-video` (Vidu Q1 Text To Video)."""

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
from fal_models.models.vidu_q1_text_to_video import ViduQ1TextToVideoInput, ViduQ1TextToVideoOutput

__all__ = [
    "ViduQ1TextToVideo",
    "AsyncViduQ1TextToVideo",
    "ViduQ1TextToVideoInput",
    "ViduQ1TextToVideoOutput",
]


class ViduQ1TextToVideo(SyncEndpoint[ViduQ1TextToVideoInput, ViduQ1TextToVideoOutput]):
    """Vidu Q1 Text To Video (`fal-ai/vidu/q1/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/text-to-video"
    input_model: ClassVar[type[ViduQ1TextToVideoInput]] = ViduQ1TextToVideoInput
    output_model: ClassVar[type[ViduQ1TextToVideoOutput]] = ViduQ1TextToVideoOutput
    Input = ViduQ1TextToVideoInput
    Output = ViduQ1TextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ViduQ1TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ViduQ1TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ViduQ1TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)


class AsyncViduQ1TextToVideo(AsyncEndpoint[ViduQ1TextToVideoInput, ViduQ1TextToVideoOutput]):
    """Vidu Q1 Text To Video (`fal-ai/vidu/q1/text-to-video`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/vidu/q1/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/vidu/q1/text-to-video"
    input_model: ClassVar[type[ViduQ1TextToVideoInput]] = ViduQ1TextToVideoInput
    output_model: ClassVar[type[ViduQ1TextToVideoOutput]] = ViduQ1TextToVideoOutput
    Input = ViduQ1TextToVideoInput
    Output = ViduQ1TextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ViduQ1TextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ViduQ1TextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ViduQ1TextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        style: Literal["general", "anime"] | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        movement_amplitude: Literal["auto", "small", "medium", "large"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ViduQ1TextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation, max 1500 characters. Limits: max length 1500.
            style: The style of output video. Default: "general".
            seed: Seed for the random number generator.
            aspect_ratio: The aspect ratio of the output video. Default: "16:9".
            movement_amplitude: The movement amplitude of objects in the frame. Default: "auto".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "style": style,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "movement_amplitude": movement_amplitude,
            }
        )
        return self._stream(payload, options)
