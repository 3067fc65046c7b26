# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/lineart` (Image Preprocessors Lineart)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.image_preprocessors_lineart import (
    ImagePreprocessorsLineartInput,
    ImagePreprocessorsLineartOutput,
)

__all__ = [
    "ImagePreprocessorsLineart",
    "AsyncImagePreprocessorsLineart",
    "ImagePreprocessorsLineartInput",
    "ImagePreprocessorsLineartOutput",
]


class ImagePreprocessorsLineart(
    SyncEndpoint[ImagePreprocessorsLineartInput, ImagePreprocessorsLineartOutput]
):
    """Image Preprocessors Lineart (`fal-ai/image-preprocessors/lineart`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/lineart/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/lineart"
    input_model: ClassVar[type[ImagePreprocessorsLineartInput]] = ImagePreprocessorsLineartInput
    output_model: ClassVar[type[ImagePreprocessorsLineartOutput]] = ImagePreprocessorsLineartOutput
    Input = ImagePreprocessorsLineartInput
    Output = ImagePreprocessorsLineartOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsLineartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsLineartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsLineartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsLineartOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsLineart(
    AsyncEndpoint[ImagePreprocessorsLineartInput, ImagePreprocessorsLineartOutput]
):
    """Image Preprocessors Lineart (`fal-ai/image-preprocessors/lineart`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/lineart/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/lineart"
    input_model: ClassVar[type[ImagePreprocessorsLineartInput]] = ImagePreprocessorsLineartInput
    output_model: ClassVar[type[ImagePreprocessorsLineartOutput]] = ImagePreprocessorsLineartOutput
    Input = ImagePreprocessorsLineartInput
    Output = ImagePreprocessorsLineartOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsLineartOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsLineartOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsLineartOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        coarse: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsLineartOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            coarse: Whether to use the coarse model. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "coarse": coarse,
            }
        )
        return self._stream(payload, options)
