# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o3/standard/video-to-video/edit` (Kling Video O3
Standard Video To Video Edit).
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
from fal_models.models.kling_video_o3_standard_video_to_video_edit import (
    KlingV3ImageElementInput,
    KlingVideoO3StandardVideoToVideoEditInput,
    KlingVideoO3StandardVideoToVideoEditOutput,
)

__all__ = [
    "KlingVideoO3StandardVideoToVideoEdit",
    "AsyncKlingVideoO3StandardVideoToVideoEdit",
    "KlingVideoO3StandardVideoToVideoEditInput",
    "KlingVideoO3StandardVideoToVideoEditOutput",
]


class KlingVideoO3StandardVideoToVideoEdit(
    SyncEndpoint[
        KlingVideoO3StandardVideoToVideoEditInput, KlingVideoO3StandardVideoToVideoEditOutput
    ]
):
    """Kling Video O3 Standard Video To Video Edit
    (`fal-ai/kling-video/o3/standard/video-to-video/edit`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/video-to-video/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/video-to-video/edit"
    input_model: ClassVar[type[KlingVideoO3StandardVideoToVideoEditInput]] = (
        KlingVideoO3StandardVideoToVideoEditInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardVideoToVideoEditOutput]] = (
        KlingVideoO3StandardVideoToVideoEditOutput
    )
    Input = KlingVideoO3StandardVideoToVideoEditInput
    Output = KlingVideoO3StandardVideoToVideoEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO3StandardVideoToVideoEditOutput:
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO3StandardVideoToVideoEditOutput]:
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
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardVideoToVideoEditOutput:
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
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO3StandardVideoToVideoEditOutput]:
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
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO3StandardVideoToVideoEdit(
    AsyncEndpoint[
        KlingVideoO3StandardVideoToVideoEditInput, KlingVideoO3StandardVideoToVideoEditOutput
    ]
):
    """Kling Video O3 Standard Video To Video Edit
    (`fal-ai/kling-video/o3/standard/video-to-video/edit`).

    Category: video-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o3/standard/video-to-video/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o3/standard/video-to-video/edit"
    input_model: ClassVar[type[KlingVideoO3StandardVideoToVideoEditInput]] = (
        KlingVideoO3StandardVideoToVideoEditInput
    )
    output_model: ClassVar[type[KlingVideoO3StandardVideoToVideoEditOutput]] = (
        KlingVideoO3StandardVideoToVideoEditOutput
    )
    Input = KlingVideoO3StandardVideoToVideoEditInput
    Output = KlingVideoO3StandardVideoToVideoEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        video_url: FileInput,
        image_urls: list[FileInput] | None | Omit = omit,
        keep_audio: bool | Omit = omit,
        elements: list[KlingV3ImageElementInput] | None | Omit = omit,
        shot_type: Literal["customize"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO3StandardVideoToVideoEditOutput:
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO3StandardVideoToVideoEditOutput]:
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
        **options: Unpack[RunOptions],
    ) -> KlingVideoO3StandardVideoToVideoEditOutput:
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
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO3StandardVideoToVideoEditOutput]:
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
            }
        )
        return self._stream(payload, options)
