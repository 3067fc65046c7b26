# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/o1/reference-to-video` (Kling Video O1 Reference To
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
from fal_models.models.kling_video_o1_reference_to_video import (
    KlingVideoO1ReferenceToVideoInput,
    KlingVideoO1ReferenceToVideoOutput,
    OmniVideoElementInput,
)

__all__ = [
    "KlingVideoO1ReferenceToVideo",
    "AsyncKlingVideoO1ReferenceToVideo",
    "KlingVideoO1ReferenceToVideoInput",
    "KlingVideoO1ReferenceToVideoOutput",
]


class KlingVideoO1ReferenceToVideo(
    SyncEndpoint[KlingVideoO1ReferenceToVideoInput, KlingVideoO1ReferenceToVideoOutput]
):
    """Kling Video O1 Reference To Video (`fal-ai/kling-video/o1/reference-to-video`).

    Input for start-frame video generation with optional reference images and elements.

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/reference-to-video"
    input_model: ClassVar[type[KlingVideoO1ReferenceToVideoInput]] = (
        KlingVideoO1ReferenceToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO1ReferenceToVideoOutput]] = (
        KlingVideoO1ReferenceToVideoOutput
    )
    Input = KlingVideoO1ReferenceToVideoInput
    Output = KlingVideoO1ReferenceToVideoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoO1ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoO1ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoO1ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoO1ReferenceToVideo(
    AsyncEndpoint[KlingVideoO1ReferenceToVideoInput, KlingVideoO1ReferenceToVideoOutput]
):
    """Kling Video O1 Reference To Video (`fal-ai/kling-video/o1/reference-to-video`).

    Input for start-frame video generation with optional reference images and elements.

    Category: image-to-video.
    Docs: https://fal.ai/models/fal-ai/kling-video/o1/reference-to-video/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/o1/reference-to-video"
    input_model: ClassVar[type[KlingVideoO1ReferenceToVideoInput]] = (
        KlingVideoO1ReferenceToVideoInput
    )
    output_model: ClassVar[type[KlingVideoO1ReferenceToVideoOutput]] = (
        KlingVideoO1ReferenceToVideoOutput
    )
    Input = KlingVideoO1ReferenceToVideoInput
    Output = KlingVideoO1ReferenceToVideoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoO1ReferenceToVideoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoO1ReferenceToVideoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoO1ReferenceToVideoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput] | None | Omit = omit,
        elements: list[OmniVideoElementInput] | None | Omit = omit,
        duration: Literal["3", "4", "5", "6", "7", "8", "9", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoO1ReferenceToVideoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Take @Element1, @Element2 to reference elements and @Image1, @Image2 to
                reference images in order. Limits: max length 2500.
            image_urls: Additional reference images for style/appearance. Reference in prompt as
                @Image1, @Image2, etc. Maximum 7 total (elements + reference images + start image).
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            elements: Elements (characters/objects) to include in the video. Reference in prompt as
                @Element1, @Element2, etc. Maximum 7 total (elements + reference images + start
                image).
            duration: Video duration in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "elements": elements,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
            }
        )
        return self._stream(payload, options)
