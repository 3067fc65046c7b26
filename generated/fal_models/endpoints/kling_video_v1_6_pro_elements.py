# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-video/v1.6/pro/elements` (Kling Video V1.6 Pro Elements)."""

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
from fal_models.models.kling_video_v1_6_pro_elements import (
    KlingVideoV1_6ProElementsInput,
    KlingVideoV1_6ProElementsOutput,
)

__all__ = [
    "KlingVideoV1_6ProElements",
    "AsyncKlingVideoV1_6ProElements",
    "KlingVideoV1_6ProElementsInput",
    "KlingVideoV1_6ProElementsOutput",
]


class KlingVideoV1_6ProElements(
    SyncEndpoint[KlingVideoV1_6ProElementsInput, KlingVideoV1_6ProElementsOutput]
):
    """Kling Video V1.6 Pro Elements (`fal-ai/kling-video/v1.6/pro/elements`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kling-video/v1.6/pro/elements/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1.6/pro/elements"
    input_model: ClassVar[type[KlingVideoV1_6ProElementsInput]] = KlingVideoV1_6ProElementsInput
    output_model: ClassVar[type[KlingVideoV1_6ProElementsOutput]] = KlingVideoV1_6ProElementsOutput
    Input = KlingVideoV1_6ProElementsInput
    Output = KlingVideoV1_6ProElementsOutput

    def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingVideoV1_6ProElementsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingVideoV1_6ProElementsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1_6ProElementsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingVideoV1_6ProElementsOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncKlingVideoV1_6ProElements(
    AsyncEndpoint[KlingVideoV1_6ProElementsInput, KlingVideoV1_6ProElementsOutput]
):
    """Kling Video V1.6 Pro Elements (`fal-ai/kling-video/v1.6/pro/elements`).

    Category: image-to-video. Docs: https://fal.ai/models/fal-ai/kling-video/v1.6/pro/elements/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-video/v1.6/pro/elements"
    input_model: ClassVar[type[KlingVideoV1_6ProElementsInput]] = KlingVideoV1_6ProElementsInput
    output_model: ClassVar[type[KlingVideoV1_6ProElementsOutput]] = KlingVideoV1_6ProElementsOutput
    Input = KlingVideoV1_6ProElementsInput
    Output = KlingVideoV1_6ProElementsOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingVideoV1_6ProElementsOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingVideoV1_6ProElementsOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingVideoV1_6ProElementsOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        input_image_urls: list[FileInput],
        duration: Literal["5", "10"] | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingVideoV1_6ProElementsOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: See fal's docs. Limits: max length 2500.
            input_image_urls: List of image URLs to use for video generation. Supports up to 4
                images. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            duration: The duration of the generated video in seconds. Default: "5".
            aspect_ratio: The aspect ratio of the generated video frame. Default: "16:9".
            negative_prompt: See fal's docs. Default: "blur, distort, and low quality". Limits: max
                length 2500.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "duration": duration,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
            }
        )
        return self._stream(payload, options)
