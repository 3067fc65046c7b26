# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `alibaba/happy-horse/video-edit` (Alibaba Happy Horse Video Edit)."""

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
from fal_models.models.alibaba_happy_horse_video_edit import (
    AlibabaHappyHorseVideoEditInput,
    AlibabaHappyHorseVideoEditOutput,
)

__all__ = [
    "AlibabaHappyHorseVideoEdit",
    "AsyncAlibabaHappyHorseVideoEdit",
    "AlibabaHappyHorseVideoEditInput",
    "AlibabaHappyHorseVideoEditOutput",
]


class AlibabaHappyHorseVideoEdit(
    SyncEndpoint[AlibabaHappyHorseVideoEditInput, AlibabaHappyHorseVideoEditOutput]
):
    """Alibaba Happy Horse Video Edit (`alibaba/happy-horse/video-edit`).

    Input for Happy Horse video-editing (source video + edit prompt).

    Category: video-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/video-edit/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/video-edit"
    input_model: ClassVar[type[AlibabaHappyHorseVideoEditInput]] = AlibabaHappyHorseVideoEditInput
    output_model: ClassVar[type[AlibabaHappyHorseVideoEditOutput]] = (
        AlibabaHappyHorseVideoEditOutput
    )
    Input = AlibabaHappyHorseVideoEditInput
    Output = AlibabaHappyHorseVideoEditOutput

    def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AlibabaHappyHorseVideoEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AlibabaHappyHorseVideoEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseVideoEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AlibabaHappyHorseVideoEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncAlibabaHappyHorseVideoEdit(
    AsyncEndpoint[AlibabaHappyHorseVideoEditInput, AlibabaHappyHorseVideoEditOutput]
):
    """Alibaba Happy Horse Video Edit (`alibaba/happy-horse/video-edit`).

    Input for Happy Horse video-editing (source video + edit prompt).

    Category: video-to-video. Docs: https://fal.ai/models/alibaba/happy-horse/video-edit/api
    """

    endpoint_id: ClassVar[str] = "alibaba/happy-horse/video-edit"
    input_model: ClassVar[type[AlibabaHappyHorseVideoEditInput]] = AlibabaHappyHorseVideoEditInput
    output_model: ClassVar[type[AlibabaHappyHorseVideoEditOutput]] = (
        AlibabaHappyHorseVideoEditOutput
    )
    Input = AlibabaHappyHorseVideoEditInput
    Output = AlibabaHappyHorseVideoEditOutput

    async def subscribe(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AlibabaHappyHorseVideoEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AlibabaHappyHorseVideoEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AlibabaHappyHorseVideoEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        video_url: FileInput,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        audio_setting: Literal["auto", "origin"] | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AlibabaHappyHorseVideoEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            video_url: URL of the source video to edit. Formats: MP4, MOV (H.264 recommended).
                Duration: 3-60 s. Longer side ≤ 2160 px, shorter side ≥ 320 px. Aspect ratio between
                1:2.5 and 2.5:1. Frame rate > 8 fps. Max 100 MB. The output video preserves the
                source aspect ratio. Output duration matches the input video, capped at 15 s (longer
                inputs are truncated to the first 15 s). Max file size: 100.0MB, Min duration: 3s,
                Max duration: 60s, Timeout: 30.0s. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Text prompt describing the desired edit. Reference any supplied reference images
                using @Image1, @Image2, ... up to @Image5. Max 2500 characters. Limits: min length
                1.
            reference_image_urls: Optional reference images used to guide the edit (up to 5).
                Formats: JPEG, JPG, PNG, WEBP. Dimensions must be at least 300px. Aspect ratio
                between 1:2.5 and 2.5:1. Max 10 MB each. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            resolution: Output video resolution tier. Default: "1080p".
            audio_setting: Audio handling. 'auto': model decides whether to regenerate audio.
                'origin': preserve the original audio from the input video. Default: "auto".
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "video_url": video_url,
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "resolution": resolution,
                "audio_setting": audio_setting,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
