# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o1/standard/video-to-video/reference` (Kling Video O1
Standard Video To Video Reference).
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
from fal_models.models.kling_video_o1_standard_video_to_video_reference import (
    KlingVideoO1StandardVideoToVideoReferenceInput,
    KlingVideoO1StandardVideoToVideoReferenceOutput,
    OmniVideoElementInput,
)

__all__ = [
    "KlingVideoO1StandardVideoToVideoReference",
    "AsyncKlingVideoO1StandardVideoToVideoReference",
    "KlingVideoO1StandardVideoToVideoReferenceInput",
    "KlingVideoO1StandardVideoToVideoReferenceOutput",
]


class KlingVideoO1StandardVideoToVideoReference(
    SyncEndpoint[
        KlingVideoO1StandardVideoToVideoReferenceInput,
        KlingVideoO1StandardVideoToVideoReferenceOutput,
    ]
):
    """Kling Video O1 Standard Video To Video Reference
    (`fal-ai/kling-video/o1/standard/video-to-video/reference`).

    Input for video editing or video-as-reference generation.

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/standard/video-to-video/reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/standard/video-to-video/reference"
    input_model: ClassVar[type[KlingVideoO1StandardVideoToVideoReferenceInput]] = (
        KlingVideoO1StandardVideoToVideoReferenceInput
    )
    output_model: ClassVar[type[KlingVideoO1StandardVideoToVideoReferenceOutput]] = (
        KlingVideoO1StandardVideoToVideoReferenceOutput
    )
    Input = KlingVideoO1StandardVideoToVideoReferenceInput
    Output = KlingVideoO1StandardVideoToVideoReferenceOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO1StandardVideoToVideoReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO1StandardVideoToVideoReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1StandardVideoToVideoReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO1StandardVideoToVideoReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO1StandardVideoToVideoReference(
    AsyncEndpoint[
        KlingVideoO1StandardVideoToVideoReferenceInput,
        KlingVideoO1StandardVideoToVideoReferenceOutput,
    ]
):
    """Kling Video O1 Standard Video To Video Reference
    (`fal-ai/kling-video/o1/standard/video-to-video/reference`).

    Input for video editing or video-as-reference generation.

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/standard/video-to-video/reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/standard/video-to-video/reference"
    input_model: ClassVar[type[KlingVideoO1StandardVideoToVideoReferenceInput]] = (
        KlingVideoO1StandardVideoToVideoReferenceInput
    )
    output_model: ClassVar[type[KlingVideoO1StandardVideoToVideoReferenceOutput]] = (
        KlingVideoO1StandardVideoToVideoReferenceOutput
    )
    Input = KlingVideoO1StandardVideoToVideoReferenceInput
    Output = KlingVideoO1StandardVideoToVideoReferenceOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO1StandardVideoToVideoReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO1StandardVideoToVideoReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1StandardVideoToVideoReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        keep_audio: bool | Omit = omit,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO1StandardVideoToVideoReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Use @Element1, @Element2 to reference elements and @Image1, @Image2 to reference
                images in order. Limits: max length 2500.
            video_url: Reference video URL. Only .mp4/.mov formats supported, 3-10 seconds duration,
                720-2160px resolution, max 200MB. Max file size: 200.0MB, Min width: 720px, Min
                height: 720px, Max width: 2160px, Max height: 2160px, Min duration: 3.0s, Max
                duration: 10.05s, Min FPS: 24.0, Max FPS: 60.0, Timeout: 30.0s. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the video. Default: false.
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2, etc. Maximum 4 total (elements + reference images) when using video.
            aspect_ratio: The aspect ratio of the generated video frame. If 'auto', the aspect ratio
                will be determined automatically based on the input video, and the closest aspect
                ratio to the input video will be used. Default: "auto".
            duration: Video duration in seconds. Default: "5".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "keep_audio": keep_audio,
                "image_urls": image_urls,
                "elements": elements,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
