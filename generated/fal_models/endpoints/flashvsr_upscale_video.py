# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flashvsr/upscale/video` (Flashvsr Upscale Video)."""

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
from fal_models.models.flashvsr_upscale_video import (
    FlashvsrUpscaleVideoInput,
    FlashvsrUpscaleVideoOutput,
)

__all__ = [
    "FlashvsrUpscaleVideo",
    "AsyncFlashvsrUpscaleVideo",
    "FlashvsrUpscaleVideoInput",
    "FlashvsrUpscaleVideoOutput",
]


class FlashvsrUpscaleVideo(SyncEndpoint[FlashvsrUpscaleVideoInput, FlashvsrUpscaleVideoOutput]):
    """Flashvsr Upscale Video (`fal-ai/flashvsr/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/flashvsr/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashvsr/upscale/video"
    input_model: ClassVar[type[FlashvsrUpscaleVideoInput]] = FlashvsrUpscaleVideoInput
    output_model: ClassVar[type[FlashvsrUpscaleVideoOutput]] = FlashvsrUpscaleVideoOutput
    Input = FlashvsrUpscaleVideoInput
    Output = FlashvsrUpscaleVideoOutput

    def subscribe(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FlashvsrUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FlashvsrUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashvsrUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FlashvsrUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return self._stream(payload, options)


class AsyncFlashvsrUpscaleVideo(
    AsyncEndpoint[FlashvsrUpscaleVideoInput, FlashvsrUpscaleVideoOutput]
):
    """Flashvsr Upscale Video (`fal-ai/flashvsr/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/flashvsr/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flashvsr/upscale/video"
    input_model: ClassVar[type[FlashvsrUpscaleVideoInput]] = FlashvsrUpscaleVideoInput
    output_model: ClassVar[type[FlashvsrUpscaleVideoOutput]] = FlashvsrUpscaleVideoOutput
    Input = FlashvsrUpscaleVideoInput
    Output = FlashvsrUpscaleVideoOutput

    async def subscribe(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FlashvsrUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FlashvsrUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FlashvsrUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        upscale_factor: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        video_url: FileInput,
        acceleration: Literal["regular", "high", "full"] | Omit = omit,
        color_fix: bool | Omit = omit,
        quality: int | Omit = omit,
        preserve_audio: bool | Omit = omit,
        output_format: Literal["X264 (.mp4)", "VP9 (.webm)", "PRORES4444 (.mov)", "GIF (.gif)"]
        | Omit = omit,
        output_quality: Literal["low", "medium", "high", "maximum"] | Omit = omit,
        output_write_mode: Literal["fast", "balanced", "small"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FlashvsrUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            upscale_factor: Upscaling factor to be used. Default: 2. Limits: minimum 1, maximum 4.
            seed: The random seed used for the generation process.
            sync_mode: If `True`, the media will be returned inline and not stored in history.
                Default: false.
            video_url: The input video to be upscaled. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            acceleration: Acceleration mode for VAE decoding. Options: regular (best quality), high
                (balanced), full (fastest). More accerleation means longer duration videos can be
                processed too. Default: "regular".
            color_fix: Color correction enabled. Default: true.
            quality: Quality level for tile blending (0-100). Controls overlap between tiles to
                prevent grid artifacts. Higher values provide better quality with more overlap.
                Recommended: 70-85 for high-res videos, 50-70 for faster processing. Default: 70.
                Limits: minimum 0, maximum 100.
            preserve_audio: Copy the original audio tracks into the upscaled video using FFmpeg when
                possible. Default: false.
            output_format: The format of the output video. Default: "X264 (.mp4)".
            output_quality: The quality of the output video. Default: "high".
            output_write_mode: The write mode of the output video. Default: "balanced".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "upscale_factor": upscale_factor,
                "seed": seed,
                "sync_mode": sync_mode,
                "video_url": video_url,
                "acceleration": acceleration,
                "color_fix": color_fix,
                "quality": quality,
                "preserve_audio": preserve_audio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_write_mode": output_write_mode,
            }
        )
        return self._stream(payload, options)
