# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/controlnext` (Controlnext)."""

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
from fal_models.models.controlnext import ControlnextInput, ControlnextOutput

__all__ = ["Controlnext", "AsyncControlnext", "ControlnextInput", "ControlnextOutput"]


class Controlnext(SyncEndpoint[ControlnextInput, ControlnextOutput]):
    """Controlnext (`fal-ai/controlnext`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/controlnext/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/controlnext"
    input_model: ClassVar[type[ControlnextInput]] = ControlnextInput
    output_model: ClassVar[type[ControlnextOutput]] = ControlnextOutput
    Input = ControlnextInput
    Output = ControlnextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ControlnextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ControlnextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ControlnextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ControlnextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return self._stream(payload, options)


class AsyncControlnext(AsyncEndpoint[ControlnextInput, ControlnextOutput]):
    """Controlnext (`fal-ai/controlnext`).

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/controlnext/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/controlnext"
    input_model: ClassVar[type[ControlnextInput]] = ControlnextInput
    output_model: ClassVar[type[ControlnextOutput]] = ControlnextOutput
    Input = ControlnextInput
    Output = ControlnextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ControlnextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ControlnextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ControlnextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        video_url: FileInput,
        height: int | Omit = omit,
        width: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        max_frame_num: int | Omit = omit,
        batch_frames: int | Omit = omit,
        overlap: int | Omit = omit,
        sample_stride: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ControlnextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the reference image. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            video_url: URL of the input video. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            height: Height of the output video. Default: 1024. Limits: minimum 64, maximum 1024.
            width: Width of the output video. Default: 576. Limits: minimum 64, maximum 1024.
            guidance_scale: Guidance scale for the diffusion process. Default: 3. Limits: minimum
                0.1, maximum 10.
            num_inference_steps: Number of inference steps. Default: 25. Limits: minimum 1, maximum
                100.
            max_frame_num: Maximum number of frames to process. Default: 240. Limits: minimum 1,
                maximum 1000.
            batch_frames: Number of frames to process in each batch. Default: 24. Limits: minimum 1,
                maximum 50.
            overlap: Number of overlapping frames between batches. Default: 6. Limits: minimum 0,
                maximum 20.
            sample_stride: Stride for sampling frames from the input video. Default: 2. Limits:
                minimum 1, maximum 10.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "video_url": video_url,
                "height": height,
                "width": width,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "max_frame_num": max_frame_num,
                "batch_frames": batch_frames,
                "overlap": overlap,
                "sample_stride": sample_stride,
            }
        )
        return self._stream(payload, options)
