# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance-upscaler/upscale/video` (Bytedance Upscaler Upscale
Video).
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
from fal_models.models.bytedance_upscaler_upscale_video import (
    BytedanceUpscalerUpscaleVideoInput,
    BytedanceUpscalerUpscaleVideoOutput,
)

__all__ = [
    "BytedanceUpscalerUpscaleVideo",
    "AsyncBytedanceUpscalerUpscaleVideo",
    "BytedanceUpscalerUpscaleVideoInput",
    "BytedanceUpscalerUpscaleVideoOutput",
]


class BytedanceUpscalerUpscaleVideo(
    SyncEndpoint[BytedanceUpscalerUpscaleVideoInput, BytedanceUpscalerUpscaleVideoOutput]
):
    """Bytedance Upscaler Upscale Video (`fal-ai/bytedance-upscaler/upscale/video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/bytedance-upscaler/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance-upscaler/upscale/video"
    input_model: ClassVar[type[BytedanceUpscalerUpscaleVideoInput]] = (
        BytedanceUpscalerUpscaleVideoInput
    )
    output_model: ClassVar[type[BytedanceUpscalerUpscaleVideoOutput]] = (
        BytedanceUpscalerUpscaleVideoOutput
    )
    Input = BytedanceUpscalerUpscaleVideoInput
    Output = BytedanceUpscalerUpscaleVideoOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceUpscalerUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceUpscalerUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceUpscalerUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceUpscalerUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceUpscalerUpscaleVideo(
    AsyncEndpoint[BytedanceUpscalerUpscaleVideoInput, BytedanceUpscalerUpscaleVideoOutput]
):
    """Bytedance Upscaler Upscale Video (`fal-ai/bytedance-upscaler/upscale/video`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/bytedance-upscaler/upscale/video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance-upscaler/upscale/video"
    input_model: ClassVar[type[BytedanceUpscalerUpscaleVideoInput]] = (
        BytedanceUpscalerUpscaleVideoInput
    )
    output_model: ClassVar[type[BytedanceUpscalerUpscaleVideoOutput]] = (
        BytedanceUpscalerUpscaleVideoOutput
    )
    Input = BytedanceUpscalerUpscaleVideoInput
    Output = BytedanceUpscalerUpscaleVideoOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceUpscalerUpscaleVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceUpscalerUpscaleVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceUpscalerUpscaleVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        target_resolution: Literal["1080p", "2k", "4k"] | Omit = omit,
        target_fps: Literal["30fps", "60fps"] | Omit = omit,
        enhancement_preset: Literal["general", "ugc", "short_series", "aigc", "old_film"]
        | Omit = omit,
        enhancement_tier: Literal["fast", "standard", "pro"] | Omit = omit,
        scale_ratio: float | None | Omit = omit,
        fidelity: Literal["high", "medium"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceUpscalerUpscaleVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: The URL of the video to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            target_resolution: The target resolution of the video to upscale. Default: "1080p".
            target_fps: The target FPS of the video to upscale. Default: "30fps".
            enhancement_preset: The enhancement preset optimized for specific video scenarios.
                'general' is a general-purpose template, 'ugc' targets user-generated short videos,
                'short_series' is for short dramas, 'aigc' is for AI-generated content, and
                'old_film' is for classic film restoration. Default: "general".
            enhancement_tier: The enhancement quality tier. 'fast' provides essential upscaling with
                good speed, 'standard' uses adaptive algorithms for better visual texture, 'pro'
                uses large-model restoration for cinematic quality (longer processing time), and 10
                times the cost of `standard` and `fast`. Default: "standard".
            scale_ratio: The scaling ratio for the output video resolution. When set, overrides
                target_resolution and scales the input resolution by this factor (e.g., 2.0 doubles
                the resolution). Range: 1.1 to 10.0. Please note that this is valid only up to 4k
                resolution, and trying to scale beyond 4k will result in an error. (4k is defined as
                having atotal pixel count of 3840x2160). Limits: minimum 1.1, maximum 10.
            fidelity: The enhancement intensity. 'high' applies mild enhancement while keeping
                visual texture close to the source video. 'medium' provides a balanced image quality
                enhancement. Default: "high".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "target_resolution": target_resolution,
                "target_fps": target_fps,
                "enhancement_preset": enhancement_preset,
                "enhancement_tier": enhancement_tier,
                "scale_ratio": scale_ratio,
                "fidelity": fidelity,
            }
        )
        return self._stream(payload, options)
