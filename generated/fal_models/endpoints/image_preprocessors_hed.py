# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/hed` (Image Preprocessors Hed)."""

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
from fal_models.models.image_preprocessors_hed import (
    ImagePreprocessorsHedInput,
    ImagePreprocessorsHedOutput,
)

__all__ = [
    "ImagePreprocessorsHed",
    "AsyncImagePreprocessorsHed",
    "ImagePreprocessorsHedInput",
    "ImagePreprocessorsHedOutput",
]


class ImagePreprocessorsHed(SyncEndpoint[ImagePreprocessorsHedInput, ImagePreprocessorsHedOutput]):
    """Image Preprocessors Hed (`fal-ai/image-preprocessors/hed`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/hed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/hed"
    input_model: ClassVar[type[ImagePreprocessorsHedInput]] = ImagePreprocessorsHedInput
    output_model: ClassVar[type[ImagePreprocessorsHedOutput]] = ImagePreprocessorsHedOutput
    Input = ImagePreprocessorsHedInput
    Output = ImagePreprocessorsHedOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsHedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsHedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsHedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsHedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsHed(
    AsyncEndpoint[ImagePreprocessorsHedInput, ImagePreprocessorsHedOutput]
):
    """Image Preprocessors Hed (`fal-ai/image-preprocessors/hed`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/hed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/hed"
    input_model: ClassVar[type[ImagePreprocessorsHedInput]] = ImagePreprocessorsHedInput
    output_model: ClassVar[type[ImagePreprocessorsHedOutput]] = ImagePreprocessorsHedOutput
    Input = ImagePreprocessorsHedInput
    Output = ImagePreprocessorsHedOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsHedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsHedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsHedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsHedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the HED detector. Default: false.
            scribble: Whether to use the scribble version of the HED detector. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
            }
        )
        return self._stream(payload, options)
