# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o3/standard/video-to-video/reference` (Kling Video O3
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
from fal_models.models.kling_video_o3_standard_video_to_video_reference import (
    KlingV3ImageElementInput,
    KlingVideoO3StandardVideoToVideoReferenceInput,
    KlingVideoO3StandardVideoToVideoReferenceOutput,
)

__all__ = [
    "KlingVideoO3StandardVideoToVideoReference",
    "AsyncKlingVideoO3StandardVideoToVideoReference",
    "KlingVideoO3StandardVideoToVideoReferenceInput",
    "KlingVideoO3StandardVideoToVideoReferenceOutput",
]


class KlingVideoO3StandardVideoToVideoReference(
    SyncEndpoint[
        KlingVideoO3StandardVideoToVideoReferenceInput,
        KlingVideoO3StandardVideoToVideoReferenceOutput,
    ]
):
    """Kling Video O3 Standard Video To Video Reference
    (`fal-ai/kling-video/o3/standard/video-to-video/reference`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/video-to-video/reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/video-to-video/reference"
    input_model: ClassVar[type[KlingVideoO3StandardVideoToVideoReferenceInput]] = (
        KlingVideoO3StandardVideoToVideoReferenceInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardVideoToVideoReferenceOutput]] = (
        KlingVideoO3StandardVideoToVideoReferenceOutput
    )
    Input = KlingVideoO3StandardVideoToVideoReferenceInput
    Output = KlingVideoO3StandardVideoToVideoReferenceOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO3StandardVideoToVideoReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO3StandardVideoToVideoReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardVideoToVideoReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO3StandardVideoToVideoReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO3StandardVideoToVideoReference(
    AsyncEndpoint[
        KlingVideoO3StandardVideoToVideoReferenceInput,
        KlingVideoO3StandardVideoToVideoReferenceOutput,
    ]
):
    """Kling Video O3 Standard Video To Video Reference
    (`fal-ai/kling-video/o3/standard/video-to-video/reference`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/video-to-video/reference/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/video-to-video/reference"
    input_model: ClassVar[type[KlingVideoO3StandardVideoToVideoReferenceInput]] = (
        KlingVideoO3StandardVideoToVideoReferenceInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardVideoToVideoReferenceOutput]] = (
        KlingVideoO3StandardVideoToVideoReferenceOutput
    )
    Input = KlingVideoO3StandardVideoToVideoReferenceInput
    Output = KlingVideoO3StandardVideoToVideoReferenceOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO3StandardVideoToVideoReferenceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO3StandardVideoToVideoReferenceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardVideoToVideoReferenceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
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
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1"] | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"]
        | None
        | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO3StandardVideoToVideoReferenceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for video generation. Reference video as @Video1. Limits: max length
                2500.
            video_url: Reference video URL. Only .mp4/.mov formats, 3-10s duration, 720-2160px
                resolution, max 200MB. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            image_urls: Reference images for style/appearance. Reference in prompt as @Image1,
                @Image2, etc. Maximum 4 total (elements + reference images) when using video. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            keep_audio: Whether to keep the original audio from the reference video. Default: true.
            elements: Elements (characters/objects) to include. Reference in prompt as @Element1,
                @Element2.
            shot_type: The type of multi-shot video generation. Default: "customize".
            aspect_ratio: Aspect ratio. Default: "auto".
            duration: Video duration in seconds (3-15s for reference video).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "video_url": video_url,
                "image_urls": image_urls,
                "keep_audio": keep_audio,
                "elements": elements,
                "shot_type": shot_type,
                "aspect_ratio": aspect_ratio,
                "duration": duration,
            }
        )
        return self._stream(payload, options)
