# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/latentsync` (Latentsync)."""

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
from fal_models.models.latentsync import LatentsyncInput, LatentsyncOutput

__all__ = ["Latentsync", "AsyncLatentsync", "LatentsyncInput", "LatentsyncOutput"]


class Latentsync(SyncEndpoint[LatentsyncInput, LatentsyncOutput]):
    """Latentsync (`fal-ai/latentsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/latentsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/latentsync"
    input_model: ClassVar[type[LatentsyncInput]] = LatentsyncInput
    output_model: ClassVar[type[LatentsyncOutput]] = LatentsyncOutput
    Input = LatentsyncInput
    Output = LatentsyncOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LatentsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LatentsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LatentsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LatentsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return self._stream(payload, options)


class AsyncLatentsync(AsyncEndpoint[LatentsyncInput, LatentsyncOutput]):
    """Latentsync (`fal-ai/latentsync`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/latentsync/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/latentsync"
    input_model: ClassVar[type[LatentsyncInput]] = LatentsyncInput
    output_model: ClassVar[type[LatentsyncOutput]] = LatentsyncOutput
    Input = LatentsyncInput
    Output = LatentsyncOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LatentsyncOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LatentsyncOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LatentsyncOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        audio_url: FileInput,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        loop_mode: Literal["pingpong", "loop"] | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LatentsyncOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            audio_url: The URL of the audio to generate the lip sync for. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            guidance_scale: Guidance scale for the model inference. Default: 1. Limits: minimum 1,
                maximum 2. Not checked by the client: slider step 0.1.
            seed: Random seed for generation. If None, a random seed will be used.
            loop_mode: Video loop mode when audio is longer than video. Options: pingpong, loop.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "audio_url": audio_url,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "loop_mode": loop_mode,
            }
        )
        return self._stream(payload, options)
