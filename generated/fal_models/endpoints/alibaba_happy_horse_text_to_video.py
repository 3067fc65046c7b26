# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `alibaba/happy-horse/text-to-video` (Alibaba Happy Horse Text To Video)."""

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
from fal_models.models.alibaba_happy_horse_text_to_video import (
    AlibabaHappyHorseTextToVideoInput,
    AlibabaHappyHorseTextToVideoOutput,
)

__all__ = [
    "AlibabaHappyHorseTextToVideo",
    "AsyncAlibabaHappyHorseTextToVideo",
    "AlibabaHappyHorseTextToVideoInput",
    "AlibabaHappyHorseTextToVideoOutput",
]


class AlibabaHappyHorseTextToVideo(
    SyncEndpoint[AlibabaHappyHorseTextToVideoInput, AlibabaHappyHorseTextToVideoOutput]
):
    """Alibaba Happy Horse Text To Video (`alibaba/happy-horse/text-to-video`).

    Input for Happy Horse text-to-video generation.

    Category: text-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/text-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseTextToVideoInput]] = (
        AlibabaHappyHorseTextToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseTextToVideoOutput]] = (
        AlibabaHappyHorseTextToVideoOutput
    )
    Input = AlibabaHappyHorseTextToVideoInput
    Output = AlibabaHappyHorseTextToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AlibabaHappyHorseTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AlibabaHappyHorseTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AlibabaHappyHorseTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncAlibabaHappyHorseTextToVideo(
    AsyncEndpoint[AlibabaHappyHorseTextToVideoInput, AlibabaHappyHorseTextToVideoOutput]
):
    """Alibaba Happy Horse Text To Video (`alibaba/happy-horse/text-to-video`).

    Input for Happy Horse text-to-video generation.

    Category: text-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/text-to-video/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/text-to-video"
    input_model: ClassVar[type[AlibabaHappyHorseTextToVideoInput]] = (
        AlibabaHappyHorseTextToVideoInput
    )
    output_model: ClassVar[type[AlibabaHappyHorseTextToVideoOutput]] = (
        AlibabaHappyHorseTextToVideoOutput
    )
    Input = AlibabaHappyHorseTextToVideoInput
    Output = AlibabaHappyHorseTextToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AlibabaHappyHorseTextToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AlibabaHappyHorseTextToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseTextToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AlibabaHappyHorseTextToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 2500 characters. Limits: min
                length 1.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (3-15). Default: 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
