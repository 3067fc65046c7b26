# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/amt-interpolation/frame-interpolation` (Amt Interpolation Frame
Interpolation).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.amt_interpolation_frame_interpolation import (
    AmtInterpolationFrameInterpolationInput,
    AmtInterpolationFrameInterpolationOutput,
    Frame,
)

__all__ = [
    "AmtInterpolationFrameInterpolation",
    "AsyncAmtInterpolationFrameInterpolation",
    "AmtInterpolationFrameInterpolationInput",
    "AmtInterpolationFrameInterpolationOutput",
]


class AmtInterpolationFrameInterpolation(
    SyncEndpoint[AmtInterpolationFrameInterpolationInput, AmtInterpolationFrameInterpolationOutput]
):
    """Amt Interpolation Frame Interpolation (`fal-ai/amt-interpolation/frame-interpolation`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/amt-interpolation/frame-interpolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/amt-interpolation/frame-interpolation"
    input_model: ClassVar[type[AmtInterpolationFrameInterpolationInput]] = (
        AmtInterpolationFrameInterpolationInput
    )
    output_model: ClassVar[type[AmtInterpolationFrameInterpolationOutput]] = (
        AmtInterpolationFrameInterpolationOutput
    )
    Input = AmtInterpolationFrameInterpolationInput
    Output = AmtInterpolationFrameInterpolationOutput

    def subscribe(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AmtInterpolationFrameInterpolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AmtInterpolationFrameInterpolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AmtInterpolationFrameInterpolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AmtInterpolationFrameInterpolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._stream(payload, options)


class AsyncAmtInterpolationFrameInterpolation(
    AsyncEndpoint[AmtInterpolationFrameInterpolationInput, AmtInterpolationFrameInterpolationOutput]
):
    """Amt Interpolation Frame Interpolation (`fal-ai/amt-interpolation/frame-interpolation`).

    Category: text-to-video.
    Docs: https://fal.ai/models/fal-ai/amt-interpolation/frame-interpolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/amt-interpolation/frame-interpolation"
    input_model: ClassVar[type[AmtInterpolationFrameInterpolationInput]] = (
        AmtInterpolationFrameInterpolationInput
    )
    output_model: ClassVar[type[AmtInterpolationFrameInterpolationOutput]] = (
        AmtInterpolationFrameInterpolationOutput
    )
    Input = AmtInterpolationFrameInterpolationInput
    Output = AmtInterpolationFrameInterpolationOutput

    async def subscribe(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AmtInterpolationFrameInterpolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AmtInterpolationFrameInterpolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AmtInterpolationFrameInterpolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        frames: list[Frame],
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AmtInterpolationFrameInterpolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            frames: Frames to interpolate.
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 4.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "frames": frames,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._stream(payload, options)
