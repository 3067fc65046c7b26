# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.7/reference-to-video` (Wan V2.7 Reference To Video)."""

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
from fal_models.models.wan_v2_7_reference_to_video import (
    WanV2_7ReferenceToVideoInput,
    WanV2_7ReferenceToVideoOutput,
)

__all__ = [
    "WanV2_7ReferenceToVideo",
    "AsyncWanV2_7ReferenceToVideo",
    "WanV2_7ReferenceToVideoInput",
    "WanV2_7ReferenceToVideoOutput",
]


class WanV2_7ReferenceToVideo(
    SyncEndpoint[WanV2_7ReferenceToVideoInput, WanV2_7ReferenceToVideoOutput]
):
    """Wan V2.7 Reference To Video (`fal-ai/wan/v2.7/reference-to-video`).

    Input for Wan 2.7 reference-to-video generation.  Supports single or multi-character video
    generation from reference images and/or videos. Also supports multi-shot narration.

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/reference-to-video"
    input_model: ClassVar[type[WanV2_7ReferenceToVideoInput]] = WanV2_7ReferenceToVideoInput
    output_model: ClassVar[type[WanV2_7ReferenceToVideoOutput]] = WanV2_7ReferenceToVideoOutput
    Input = WanV2_7ReferenceToVideoInput
    Output = WanV2_7ReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_7ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_7ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_7ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_7ReferenceToVideo(
    AsyncEndpoint[WanV2_7ReferenceToVideoInput, WanV2_7ReferenceToVideoOutput]
):
    """Wan V2.7 Reference To Video (`fal-ai/wan/v2.7/reference-to-video`).

    Input for Wan 2.7 reference-to-video generation.  Supports single or multi-character video
    generation from reference images and/or videos. Also supports multi-shot narration.

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/wan/v2.7/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/reference-to-video"
    input_model: ClassVar[type[WanV2_7ReferenceToVideoInput]] = WanV2_7ReferenceToVideoInput
    output_model: ClassVar[type[WanV2_7ReferenceToVideoOutput]] = WanV2_7ReferenceToVideoOutput
    Input = WanV2_7ReferenceToVideoInput
    Output = WanV2_7ReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_7ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_7ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput] | None | Omit = omit,
        reference_video_urls: list[FileInput] | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] | Omit = omit,
        resolution: Literal["720p", "1080p"] | Omit = omit,
        duration: Literal[2, 3, 4, 5, 6, 7, 8, 9, 10] | Omit = omit,
        multi_shots: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_7ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired video. Max 5000 characters. Limits: min
                length 1.
            reference_image_urls: Reference image URLs for character/object appearance. Pass
                multiple images for multi-subject generation. Max 20 MB each. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            reference_video_urls: Reference video URLs for character/object appearance and motion.
                Pass multiple videos for multi-subject generation. Max 100 MB each. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the video. Max 500 characters.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Output video resolution tier. Default: "1080p".
            duration: Output video duration in seconds (2-10). Default: 5.
            multi_shots: When true, enables intelligent multi-shot segmentation. When false
                (default), generates a single continuous shot. Default: false.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "reference_video_urls": reference_video_urls,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "duration": duration,
                "multi_shots": multi_shots,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
