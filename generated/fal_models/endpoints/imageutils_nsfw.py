# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imageutils/nsfw` (Imageutils Nsfw)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.imageutils_nsfw import ImageutilsNsfwInput, ImageutilsNsfwOutput

__all__ = ["ImageutilsNsfw", "AsyncImageutilsNsfw", "ImageutilsNsfwInput", "ImageutilsNsfwOutput"]


class ImageutilsNsfw(SyncEndpoint[ImageutilsNsfwInput, ImageutilsNsfwOutput]):
    """Imageutils Nsfw (`fal-ai/imageutils/nsfw`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/imageutils/nsfw/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/nsfw"
    input_model: ClassVar[type[ImageutilsNsfwInput]] = ImageutilsNsfwInput
    output_model: ClassVar[type[ImageutilsNsfwOutput]] = ImageutilsNsfwOutput
    Input = ImageutilsNsfwInput
    Output = ImageutilsNsfwOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> ImageutilsNsfwOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageutilsNsfwOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> ImageutilsNsfwOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageutilsNsfwOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncImageutilsNsfw(AsyncEndpoint[ImageutilsNsfwInput, ImageutilsNsfwOutput]):
    """Imageutils Nsfw (`fal-ai/imageutils/nsfw`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/imageutils/nsfw/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/nsfw"
    input_model: ClassVar[type[ImageutilsNsfwInput]] = ImageutilsNsfwInput
    output_model: ClassVar[type[ImageutilsNsfwOutput]] = ImageutilsNsfwOutput
    Input = ImageutilsNsfwInput
    Output = ImageutilsNsfwOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageutilsNsfwOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageutilsNsfwOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> ImageutilsNsfwOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageutilsNsfwOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
