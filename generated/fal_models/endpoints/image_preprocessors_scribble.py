# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/scribble` (Image Preprocessors Scribble)."""

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
from fal_models.models.image_preprocessors_scribble import (
    ImagePreprocessorsScribbleInput,
    ImagePreprocessorsScribbleOutput,
)

__all__ = [
    "ImagePreprocessorsScribble",
    "AsyncImagePreprocessorsScribble",
    "ImagePreprocessorsScribbleInput",
    "ImagePreprocessorsScribbleOutput",
]


class ImagePreprocessorsScribble(
    SyncEndpoint[ImagePreprocessorsScribbleInput, ImagePreprocessorsScribbleOutput]
):
    """Image Preprocessors Scribble (`fal-ai/image-preprocessors/scribble`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/scribble/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/scribble"
    input_model: ClassVar[type[ImagePreprocessorsScribbleInput]] = ImagePreprocessorsScribbleInput
    output_model: ClassVar[type[ImagePreprocessorsScribbleOutput]] = (
        ImagePreprocessorsScribbleOutput
    )
    Input = ImagePreprocessorsScribbleInput
    Output = ImagePreprocessorsScribbleOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsScribbleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsScribbleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsScribbleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsScribbleOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsScribble(
    AsyncEndpoint[ImagePreprocessorsScribbleInput, ImagePreprocessorsScribbleOutput]
):
    """Image Preprocessors Scribble (`fal-ai/image-preprocessors/scribble`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/scribble/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/scribble"
    input_model: ClassVar[type[ImagePreprocessorsScribbleInput]] = ImagePreprocessorsScribbleInput
    output_model: ClassVar[type[ImagePreprocessorsScribbleOutput]] = (
        ImagePreprocessorsScribbleOutput
    )
    Input = ImagePreprocessorsScribbleInput
    Output = ImagePreprocessorsScribbleOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsScribbleOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsScribbleOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsScribbleOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        model: Literal["HED", "PiDi"] | Omit = omit,
        safe: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsScribbleOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            model: The model to use for the Scribble detector. Default: "HED".
            safe: Whether to use the safe version of the Scribble detector. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "model": model,
                "safe": safe,
            }
        )
        return self._stream(payload, options)
