# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/topaz/upscale/video` (Topaz Upscale Video)."""

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
from fal_models.models.topaz_upscale_video import TopazUpscaleVideoInput, TopazUpscaleVideoOutput

__all__ = [
    "TopazUpscaleVideo",
    "AsyncTopazUpscaleVideo",
    "TopazUpscaleVideoInput",
    "TopazUpscaleVideoOutput",
]


class TopazUpscaleVideo(SyncEndpoint[TopazUpscaleVideoInput, TopazUpscaleVideoOutput]):
    """Topaz Upscale Video (`fal-ai/topaz/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/topaz/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/topaz/upscale/video"
    input_model: ClassVar[type[TopazUpscaleVideoInput]] = TopazUpscaleVideoInput
    output_model: ClassVar[type[TopazUpscaleVideoOutput]] = TopazUpscaleVideoOutput
    Input = TopazUpscaleVideoInput
    Output = TopazUpscaleVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> TopazUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[TopazUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TopazUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[TopazUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return self._stream(payload, options)


class AsyncTopazUpscaleVideo(AsyncEndpoint[TopazUpscaleVideoInput, TopazUpscaleVideoOutput]):
    """Topaz Upscale Video (`fal-ai/topaz/upscale/video`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/topaz/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/topaz/upscale/video"
    input_model: ClassVar[type[TopazUpscaleVideoInput]] = TopazUpscaleVideoInput
    output_model: ClassVar[type[TopazUpscaleVideoOutput]] = TopazUpscaleVideoOutput
    Input = TopazUpscaleVideoInput
    Output = TopazUpscaleVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> TopazUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[TopazUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> TopazUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        model: Literal[
            "Proteus",
            "Artemis HQ",
            "Artemis MQ",
            "Artemis LQ",
            "Nyx",
            "Nyx Fast",
            "Nyx XL",
            "Nyx HF",
            "Gaia HQ",
            "Gaia CG",
            "Gaia 2",
            "Starlight Precise 1",
            "Starlight Precise 2",
            "Starlight Precise 2.5",
            "Starlight HQ",
            "Starlight Mini",
            "Starlight Sharp",
            "Starlight Fast 1",
            "Starlight Fast 2",
        ]
        | Omit = omit,
        upscale_factor: float | Omit = omit,
        target_fps: int | None | Omit = omit,
        compression: float | None | Omit = omit,
        noise: float | None | Omit = omit,
        halo: float | None | Omit = omit,
        grain: float | None | Omit = omit,
        recover_detail: float | None | Omit = omit,
        h264_output: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[TopazUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: Video enhancement model. Proteus is best for most videos, Artemis for
                denoise+sharpen, Nyx for dedicated denoising, Gaia HQ/CG for rendered content, Gaia
                2 for animation and motion graphics at 2x, and Starlight for generative
                diffusion-based upscaling and enhancement. Default: "Proteus".
            upscale_factor: Factor to upscale the video by (e.g. 2.0 doubles width and height).
                Default: 2. Limits: minimum 1, maximum 4.
            target_fps: Target FPS for frame interpolation. If set, frame interpolation will be
                enabled. Limits: minimum 16, maximum 60.
            compression: Compression artifact removal level (0.0-1.0). Default varies by model.
                Limits: minimum 0, maximum 1.
            noise: Noise reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            halo: Halo reduction level (0.0-1.0). Default varies by model. Limits: minimum 0,
                maximum 1.
            grain: Film grain amount (0.0-0.1). Default varies by model. Limits: minimum 0, maximum
                0.1, multiple of 0.01.
            recover_detail: Recover original detail level (0.0-1.0). Higher values preserve more
                original detail. Limits: minimum 0, maximum 1.
            h264_output: Whether to use H264 codec for output video. Default is H265. Default:
                false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "upscale_factor": upscale_factor,
                "target_fps": target_fps,
                "compression": compression,
                "noise": noise,
                "halo": halo,
                "grain": grain,
                "recover_detail": recover_detail,
                "h264_output": h264_output,
            }
        )
        return self._stream(payload, options)
