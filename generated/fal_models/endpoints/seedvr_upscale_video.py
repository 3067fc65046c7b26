# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/seedvr/upscale/video` (Seedvr Upscale Video)."""

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
from fal_models.models.seedvr_upscale_video import SeedvrUpscaleVideoInput, SeedvrUpscaleVideoOutput

__all__ = [
    "SeedvrUpscaleVideo",
    "AsyncSeedvrUpscaleVideo",
    "SeedvrUpscaleVideoInput",
    "SeedvrUpscaleVideoOutput",
]


class SeedvrUpscaleVideo(SyncEndpoint[SeedvrUpscaleVideoInput, SeedvrUpscaleVideoOutput]):
    """Seedvr Upscale Video (`fal-ai/seedvr/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/seedvr/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/seedvr/upscale/video"
    input_model: ClassVar[type[SeedvrUpscaleVideoInput]] = SeedvrUpscaleVideoInput
    output_model: ClassVar[type[SeedvrUpscaleVideoOutput]] = SeedvrUpscaleVideoOutput
    Input = SeedvrUpscaleVideoInput
    Output = SeedvrUpscaleVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SeedvrUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SeedvrUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SeedvrUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SeedvrUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncSeedvrUpscaleVideo(AsyncEndpoint[SeedvrUpscaleVideoInput, SeedvrUpscaleVideoOutput]):
    """Seedvr Upscale Video (`fal-ai/seedvr/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/seedvr/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/seedvr/upscale/video"
    input_model: ClassVar[type[SeedvrUpscaleVideoInput]] = SeedvrUpscaleVideoInput
    output_model: ClassVar[type[SeedvrUpscaleVideoOutput]] = SeedvrUpscaleVideoOutput
    Input = SeedvrUpscaleVideoInput
    Output = SeedvrUpscaleVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SeedvrUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SeedvrUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SeedvrUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        upscale_mode: Literal["target", "factor"] | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_resolution: Literal["720p", "1080p", "1440p", "2160p"] | Omit = omit,
        seed: int | None | Omit = omit,
        noise_scale: float | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SeedvrUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The input video to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_mode: The mode to use for the upscale. If 'target', the upscale factor will be
                calculated based on the target resolution. If 'factor', the upscale factor will be
                used directly. Default: "factor".
            upscale_factor: Upscaling factor to be used. Will multiply the dimensions with this
                factor when `upscale_mode` is `factor`. Default: 2. Limits: minimum 1, maximum 10.
            target_resolution: The target resolution to upscale to when `upscale_mode` is `target`.
                Default: "1080p".
            seed: The random seed used for the generation process.
            noise_scale: The noise scale to use for the generation process. Default: 0.1. Limits:
                minimum 0, maximum 1, multiple of 0.001.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "upscale_mode": upscale_mode,
                "upscale_factor": upscale_factor,
                "target_resolution": target_resolution,
                "seed": seed,
                "noise_scale": noise_scale,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
