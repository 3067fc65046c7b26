# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/amt-interpolation` (Amt Interpolation)."""

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
from fal_models._uploads import FileInput
from fal_models.models.amt_interpolation import AmtInterpolationInput, AmtInterpolationOutput

__all__ = [
    "AmtInterpolation",
    "AsyncAmtInterpolation",
    "AmtInterpolationInput",
    "AmtInterpolationOutput",
]


class AmtInterpolation(SyncEndpoint[AmtInterpolationInput, AmtInterpolationOutput]):
    """Amt Interpolation (`fal-ai/amt-interpolation`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/amt-interpolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/amt-interpolation"
    input_model: ClassVar[type[AmtInterpolationInput]] = AmtInterpolationInput
    output_model: ClassVar[type[AmtInterpolationOutput]] = AmtInterpolationOutput
    Input = AmtInterpolationInput
    Output = AmtInterpolationOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AmtInterpolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AmtInterpolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AmtInterpolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AmtInterpolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._stream(payload, options)


class AsyncAmtInterpolation(AsyncEndpoint[AmtInterpolationInput, AmtInterpolationOutput]):
    """Amt Interpolation (`fal-ai/amt-interpolation`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/amt-interpolation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/amt-interpolation"
    input_model: ClassVar[type[AmtInterpolationInput]] = AmtInterpolationInput
    output_model: ClassVar[type[AmtInterpolationOutput]] = AmtInterpolationOutput
    Input = AmtInterpolationInput
    Output = AmtInterpolationOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AmtInterpolationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AmtInterpolationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AmtInterpolationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        output_fps: int | Omit = omit,
        recursive_interpolation_passes: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AmtInterpolationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            output_fps: Output frames per second. Default: 24. Not checked by the client: slider min
                1, max 60.
            recursive_interpolation_passes: Number of recursive interpolation passes. Default: 2.
                Not checked by the client: slider min 1, max 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "output_fps": output_fps,
                "recursive_interpolation_passes": recursive_interpolation_passes,
            }
        )
        return self._stream(payload, options)
