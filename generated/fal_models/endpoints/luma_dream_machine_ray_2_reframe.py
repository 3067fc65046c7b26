# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/luma-dream-machine/ray-2/reframe` (Luma Dream Machine Ray 2
Reframe).
"""

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
from fal_models.models.luma_dream_machine_ray_2_reframe import (
    LumaDreamMachineRay2ReframeInput,
    LumaDreamMachineRay2ReframeOutput,
)

__all__ = [
    "LumaDreamMachineRay2Reframe",
    "AsyncLumaDreamMachineRay2Reframe",
    "LumaDreamMachineRay2ReframeInput",
    "LumaDreamMachineRay2ReframeOutput",
]


class LumaDreamMachineRay2Reframe(
    SyncEndpoint[LumaDreamMachineRay2ReframeInput, LumaDreamMachineRay2ReframeOutput]
):
    """Luma Dream Machine Ray 2 Reframe (`fal-ai/luma-dream-machine/ray-2/reframe`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2/reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2/reframe"
    input_model: ClassVar[type[LumaDreamMachineRay2ReframeInput]] = LumaDreamMachineRay2ReframeInput
    output_model: ClassVar[type[LumaDreamMachineRay2ReframeOutput]] = (
        LumaDreamMachineRay2ReframeOutput
    )
    Input = LumaDreamMachineRay2ReframeInput
    Output = LumaDreamMachineRay2ReframeOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LumaDreamMachineRay2ReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LumaDreamMachineRay2ReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2ReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LumaDreamMachineRay2ReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._stream(payload, options)


class AsyncLumaDreamMachineRay2Reframe(
    AsyncEndpoint[LumaDreamMachineRay2ReframeInput, LumaDreamMachineRay2ReframeOutput]
):
    """Luma Dream Machine Ray 2 Reframe (`fal-ai/luma-dream-machine/ray-2/reframe`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/luma-dream-machine/ray-2/reframe/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/luma-dream-machine/ray-2/reframe"
    input_model: ClassVar[type[LumaDreamMachineRay2ReframeInput]] = LumaDreamMachineRay2ReframeInput
    output_model: ClassVar[type[LumaDreamMachineRay2ReframeOutput]] = (
        LumaDreamMachineRay2ReframeOutput
    )
    Input = LumaDreamMachineRay2ReframeInput
    Output = LumaDreamMachineRay2ReframeOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LumaDreamMachineRay2ReframeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LumaDreamMachineRay2ReframeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LumaDreamMachineRay2ReframeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "9:21"],
        image_url: FileInput | None | Omit = omit,
        grid_position_x: int | None | Omit = omit,
        grid_position_y: int | None | Omit = omit,
        prompt: str | None | Omit = omit,
        x_end: int | None | Omit = omit,
        x_start: int | None | Omit = omit,
        y_end: int | None | Omit = omit,
        y_start: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LumaDreamMachineRay2ReframeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to reframe. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            aspect_ratio: The aspect ratio of the reframed video.
            image_url: Optional URL of the first frame image for reframing. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            grid_position_x: X position of the grid for reframing.
            grid_position_y: Y position of the grid for reframing.
            prompt: Optional prompt for reframing. Limits: min length 1, max length 5000.
            x_end: End X coordinate for reframing.
            x_start: Start X coordinate for reframing.
            y_end: End Y coordinate for reframing.
            y_start: Start Y coordinate for reframing.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "aspect_ratio": aspect_ratio,
                "image_url": image_url,
                "grid_position_x": grid_position_x,
                "grid_position_y": grid_position_y,
                "prompt": prompt,
                "x_end": x_end,
                "x_start": x_start,
                "y_end": y_end,
                "y_start": y_start,
            }
        )
        return self._stream(payload, options)
