# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/depth-anything-video` (Depth Anything Video)."""

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
from fal_models.models.depth_anything_video import DepthAnythingVideoInput, DepthAnythingVideoOutput

__all__ = [
    "DepthAnythingVideo",
    "AsyncDepthAnythingVideo",
    "DepthAnythingVideoInput",
    "DepthAnythingVideoOutput",
]


class DepthAnythingVideo(SyncEndpoint[DepthAnythingVideoInput, DepthAnythingVideoOutput]):
    """Depth Anything Video (`fal-ai/depth-anything-video`).

    Input schema for video depth estimation.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/depth-anything-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/depth-anything-video"
    input_model: ClassVar[type[DepthAnythingVideoInput]] = DepthAnythingVideoInput
    output_model: ClassVar[type[DepthAnythingVideoOutput]] = DepthAnythingVideoOutput
    Input = DepthAnythingVideoInput
    Output = DepthAnythingVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DepthAnythingVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DepthAnythingVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DepthAnythingVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DepthAnythingVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return self._stream(payload, options)


class AsyncDepthAnythingVideo(AsyncEndpoint[DepthAnythingVideoInput, DepthAnythingVideoOutput]):
    """Depth Anything Video (`fal-ai/depth-anything-video`).

    Input schema for video depth estimation.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/depth-anything-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/depth-anything-video"
    input_model: ClassVar[type[DepthAnythingVideoInput]] = DepthAnythingVideoInput
    output_model: ClassVar[type[DepthAnythingVideoOutput]] = DepthAnythingVideoOutput
    Input = DepthAnythingVideoInput
    Output = DepthAnythingVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DepthAnythingVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DepthAnythingVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DepthAnythingVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        model: Literal["VDA-Small", "VDA-Base", "VDA-Large"] | Omit = omit,
        colormap: Literal["grayscale", "turbo", "inferno", "magma", "viridis"] | Omit = omit,
        resolution: Literal["auto", "360p", "480p", "720p", "1080p"] | Omit = omit,
        max_frames: int | None | Omit = omit,
        output_fps: float | None | Omit = omit,
        side_by_side: bool | Omit = omit,
        include_raw_depths: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DepthAnythingVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the input video to estimate depth for. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            model: Depth estimation model size. VDA-Large = best quality, VDA-Small = fastest.
                Default: "VDA-Large".
            colormap: Colormap for depth visualization. 'turbo' (recommended) shows near=warm,
                far=cool. 'grayscale' for raw normalized depth. 'inferno'/'magma' for perceptually
                uniform. 'viridis' for colorblind-friendly. Default: "grayscale".
            resolution: Output resolution. 'auto' preserves input (max 1080p). Options: 'auto',
                '360p', '480p', '720p', '1080p'. Default: "auto".
            max_frames: Max frames to process (max 1800). None = up to 1800. Limits: exclusive
                minimum 0.
            output_fps: Output video FPS. None = same as input. Limits: exclusive minimum 0.
            side_by_side: Output original | depth comparison video. Default: false.
            include_raw_depths: Export raw float32 depths as .npz file with: 'depths' [N,H,W],
                'min_depth', 'max_depth', 'fps', 'model', 'shape'. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "model": model,
                "colormap": colormap,
                "resolution": resolution,
                "max_frames": max_frames,
                "output_fps": output_fps,
                "side_by_side": side_by_side,
                "include_raw_depths": include_raw_depths,
            }
        )
        return self._stream(payload, options)
