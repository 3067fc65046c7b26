# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/teed` (Image Preprocessors Teed)."""

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
from fal_models.models.image_preprocessors_teed import (
    ImagePreprocessorsTeedInput,
    ImagePreprocessorsTeedOutput,
)

__all__ = [
    "ImagePreprocessorsTeed",
    "AsyncImagePreprocessorsTeed",
    "ImagePreprocessorsTeedInput",
    "ImagePreprocessorsTeedOutput",
]


class ImagePreprocessorsTeed(
    SyncEndpoint[ImagePreprocessorsTeedInput, ImagePreprocessorsTeedOutput]
):
    """Image Preprocessors Teed (`fal-ai/image-preprocessors/teed`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/teed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/teed"
    input_model: ClassVar[type[ImagePreprocessorsTeedInput]] = ImagePreprocessorsTeedInput
    output_model: ClassVar[type[ImagePreprocessorsTeedOutput]] = ImagePreprocessorsTeedOutput
    Input = ImagePreprocessorsTeedInput
    Output = ImagePreprocessorsTeedOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsTeedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> RequestHandle[ImagePreprocessorsTeedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> ImagePreprocessorsTeedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> EndpointStream[ImagePreprocessorsTeedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsTeed(
    AsyncEndpoint[ImagePreprocessorsTeedInput, ImagePreprocessorsTeedOutput]
):
    """Image Preprocessors Teed (`fal-ai/image-preprocessors/teed`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/teed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/teed"
    input_model: ClassVar[type[ImagePreprocessorsTeedInput]] = ImagePreprocessorsTeedInput
    output_model: ClassVar[type[ImagePreprocessorsTeedOutput]] = ImagePreprocessorsTeedOutput
    Input = ImagePreprocessorsTeedInput
    Output = ImagePreprocessorsTeedOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsTeedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> AsyncRequestHandle[ImagePreprocessorsTeedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> ImagePreprocessorsTeedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
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
    ) -> AsyncEndpointStream[ImagePreprocessorsTeedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
