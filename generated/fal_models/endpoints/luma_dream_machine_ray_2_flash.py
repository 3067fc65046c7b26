# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-dream-machine/ray-2-flash` (Luma Dream Machine Ray 2 Flash)."""

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
from fal_models.models.luma_dream_machine_ray_2_flash import (
    LumaDreamMachineRay2FlashInput,
    LumaDreamMachineRay2FlashOutput,
)

__all__ = [
    "LumaDreamMachineRay2Flash",
    "AsyncLumaDreamMachineRay2Flash",
    "LumaDreamMachineRay2FlashInput",
    "LumaDreamMachineRay2FlashOutput",
]


class LumaDreamMachineRay2Flash(
    SyncEndpoint[LumaDreamMachineRay2FlashInput, LumaDreamMachineRay2FlashOutput]
):
    """Luma Dream Machine Ray 2 Flash (`fal-ai/luma-dream-machine/ray-2-flash`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashInput]] = LumaDreamMachineRay2FlashInput
    output_model: ClassVar[type[LumaDreamMachineRay2FlashOutput]] = LumaDreamMachineRay2FlashOutput
    Input = LumaDreamMachineRay2FlashInput
    Output = LumaDreamMachineRay2FlashOutput

    def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaDreamMachineRay2FlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaDreamMachineRay2FlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaDreamMachineRay2FlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncLumaDreamMachineRay2Flash(
    AsyncEndpoint[LumaDreamMachineRay2FlashInput, LumaDreamMachineRay2FlashOutput]
):
    """Luma Dream Machine Ray 2 Flash (`fal-ai/luma-dream-machine/ray-2-flash`).

    Category: text-to-video. Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2-flash/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2-flash"
    input_model: ClassVar[type[LumaDreamMachineRay2FlashInput]] = LumaDreamMachineRay2FlashInput
    output_model: ClassVar[type[LumaDreamMachineRay2FlashOutput]] = LumaDreamMachineRay2FlashOutput
    Input = LumaDreamMachineRay2FlashInput
    Output = LumaDreamMachineRay2FlashOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaDreamMachineRay2FlashOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaDreamMachineRay2FlashOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2FlashOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "21:9", "9:21"] | Omit = omit,
        loop: bool | Omit = omit,
        resolution: Literal["540p", "720p", "1080p"] | Omit = omit,
        duration: Literal["5s", "9s"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaDreamMachineRay2FlashOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: min length 3, max length 5000.
            aspect_ratio: The aspect ratio of the generated video. Default: "16:9".
            loop: Whether the video should loop (end of video is blended with the beginning).
                Default: false.
            resolution: The resolution of the generated video (720p costs 2x more, 1080p costs 4x
                more). Default: "540p".
            duration: The duration of the generated video (9s costs 2x more). Default: "5s".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "loop": loop,
                "resolution": resolution,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
