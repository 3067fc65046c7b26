# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.7/edit-video` (Wan V2.7 Edit Video)."""

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
from fal_models.models.wan_v2_7_edit_video import WanV2_7EditVideoInput, WanV2_7EditVideoOutput

__all__ = [
    "WanV2_7EditVideo",
    "AsyncWanV2_7EditVideo",
    "WanV2_7EditVideoInput",
    "WanV2_7EditVideoOutput",
]


class WanV2_7EditVideo(SyncEndpoint[WanV2_7EditVideoInput, WanV2_7EditVideoOutput]):
    """Wan V2.7 Edit Video (`fal-ai/wan/v2.7/edit-video`).

    Input for Wan 2.7 video editing.  Supports instruction-based editing, reference image-based
    editing, and video style transfer.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/edit-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/edit-video"
    input_model: ClassVar[type[WanV2_7EditVideoInput]] = WanV2_7EditVideoInput
    output_model: ClassVar[type[WanV2_7EditVideoOutput]] = WanV2_7EditVideoOutput
    Input = WanV2_7EditVideoInput
    Output = WanV2_7EditVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_7EditVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_7EditVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7EditVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_7EditVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_7EditVideo(AsyncEndpoint[WanV2_7EditVideoInput, WanV2_7EditVideoOutput]):
    """Wan V2.7 Edit Video (`fal-ai/wan/v2.7/edit-video`).

    Input for Wan 2.7 video editing.  Supports instruction-based editing, reference image-based
    editing, and video style transfer.

    Category: video-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/edit-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/edit-video"
    input_model: ClassVar[type[WanV2_7EditVideoInput]] = WanV2_7EditVideoInput
    output_model: ClassVar[type[WanV2_7EditVideoOutput]] = WanV2_7EditVideoOutput
    Input = WanV2_7EditVideoInput
    Output = WanV2_7EditVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_7EditVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_7EditVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7EditVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        reference_image_url: FileInput | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | None | Omit = omit,
        duration: Literal[0, 2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_7EditVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Editing instruction or style transfer description. Limits: min length 1.
            video_url: URL of the input video to edit. Format: MP4, MOV. Duration: 2-10s. Max 100
                MB. Max file size: 100.0MB, Min duration: 2s, Max duration: 10s, Timeout: 30.0s.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            reference_image_url: Reference image URL for reference-based editing. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            aspect_ratio: Aspect ratio of the generated video. If not provided, uses the aspect
                ratio of the input video.
            duration: Output video duration in seconds. Default 0 means match input video duration.
                When set (2-10), truncates from the start. Default: 0.
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve original audio from input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "reference_image_url": reference_image_url,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
