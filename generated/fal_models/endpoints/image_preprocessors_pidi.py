# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/pidi` (Image Preprocessors Pidi)."""

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
from fal_models.models.image_preprocessors_pidi import (
    ImagePreprocessorsPidiInput,
    ImagePreprocessorsPidiOutput,
)

__all__ = [
    "ImagePreprocessorsPidi",
    "AsyncImagePreprocessorsPidi",
    "ImagePreprocessorsPidiInput",
    "ImagePreprocessorsPidiOutput",
]


class ImagePreprocessorsPidi(
    SyncEndpoint[ImagePreprocessorsPidiInput, ImagePreprocessorsPidiOutput]
):
    """Image Preprocessors Pidi (`fal-ai/image-preprocessors/pidi`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/pidi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/pidi"
    input_model: ClassVar[type[ImagePreprocessorsPidiInput]] = ImagePreprocessorsPidiInput
    output_model: ClassVar[type[ImagePreprocessorsPidiOutput]] = ImagePreprocessorsPidiOutput
    Input = ImagePreprocessorsPidiInput
    Output = ImagePreprocessorsPidiOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsPidiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsPidiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsPidiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsPidiOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsPidi(
    AsyncEndpoint[ImagePreprocessorsPidiInput, ImagePreprocessorsPidiOutput]
):
    """Image Preprocessors Pidi (`fal-ai/image-preprocessors/pidi`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/pidi/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/pidi"
    input_model: ClassVar[type[ImagePreprocessorsPidiInput]] = ImagePreprocessorsPidiInput
    output_model: ClassVar[type[ImagePreprocessorsPidiOutput]] = ImagePreprocessorsPidiOutput
    Input = ImagePreprocessorsPidiInput
    Output = ImagePreprocessorsPidiOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsPidiOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsPidiOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsPidiOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        safe: bool | Omit = omit,
        scribble: bool | Omit = omit,
        apply_filter: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsPidiOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            safe: Whether to use the safe version of the Pidi detector. Default: false.
            scribble: Whether to use the scribble version of the Pidi detector. Default: false.
            apply_filter: Whether to apply the filter to the image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "safe": safe,
                "scribble": scribble,
                "apply_filter": apply_filter,
            }
        )
        return self._stream(payload, options)
