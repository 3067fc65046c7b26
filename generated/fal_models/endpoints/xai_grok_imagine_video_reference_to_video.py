# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-video/reference-to-video` (Xai Grok Imagine Video
Reference To Video).
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
from fal_models.models.xai_grok_imagine_video_reference_to_video import (
    XaiGrokImagineVideoReferenceToVideoInput,
    XaiGrokImagineVideoReferenceToVideoOutput,
)

__all__ = [
    "XaiGrokImagineVideoReferenceToVideo",
    "AsyncXaiGrokImagineVideoReferenceToVideo",
    "XaiGrokImagineVideoReferenceToVideoInput",
    "XaiGrokImagineVideoReferenceToVideoOutput",
]


class XaiGrokImagineVideoReferenceToVideo(
    SyncEndpoint[
        XaiGrokImagineVideoReferenceToVideoInput, XaiGrokImagineVideoReferenceToVideoOutput
    ]
):
    """Xai Grok Imagine Video Reference To Video (`xai/grok-imagine-video/reference-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/xai/grok-imagine-video/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/reference-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoReferenceToVideoInput]] = (
        XaiGrokImagineVideoReferenceToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoReferenceToVideoOutput]] = (
        XaiGrokImagineVideoReferenceToVideoOutput
    )
    Input = XaiGrokImagineVideoReferenceToVideoInput
    Output = XaiGrokImagineVideoReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineVideoReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineVideoReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineVideoReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineVideoReferenceToVideo(
    AsyncEndpoint[
        XaiGrokImagineVideoReferenceToVideoInput, XaiGrokImagineVideoReferenceToVideoOutput
    ]
):
    """Xai Grok Imagine Video Reference To Video (`xai/grok-imagine-video/reference-to-video`).

    Category: image-to-video.
    Docs: https://fal.ai/models/xai/grok-imagine-video/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-video/reference-to-video"
    input_model: ClassVar[type[XaiGrokImagineVideoReferenceToVideoInput]] = (
        XaiGrokImagineVideoReferenceToVideoInput
    )
    output_model: ClassVar[type[XaiGrokImagineVideoReferenceToVideoOutput]] = (
        XaiGrokImagineVideoReferenceToVideoOutput
    )
    Input = XaiGrokImagineVideoReferenceToVideoInput
    Output = XaiGrokImagineVideoReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineVideoReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineVideoReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineVideoReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        duration: int | Omit = omit,
        aspect_ratio: Literal["16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16"] | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineVideoReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the video to generate. Use @Image1, @Image2, etc. to
                reference specific images from reference_image_urls in order. Limits: max length
                4096.
            reference_image_urls: One or more reference image URLs to guide the video generation as
                style and content references. Reference in prompt as @Image1, @Image2, etc. Maximum
                7 images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1, max items 7.
            duration: Video duration in seconds. Default: 8. Limits: minimum 1, maximum 10.
            aspect_ratio: Aspect ratio of the generated video. Default: "16:9".
            resolution: Resolution of the output video. Default: "480p".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
            }
        )
        return self._stream(payload, options)
