# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/image-preprocessors/midas` (Image Preprocessors Midas)."""

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
from fal_models.models.image_preprocessors_midas import (
    ImagePreprocessorsMidasInput,
    ImagePreprocessorsMidasOutput,
)

__all__ = [
    "ImagePreprocessorsMidas",
    "AsyncImagePreprocessorsMidas",
    "ImagePreprocessorsMidasInput",
    "ImagePreprocessorsMidasOutput",
]


class ImagePreprocessorsMidas(
    SyncEndpoint[ImagePreprocessorsMidasInput, ImagePreprocessorsMidasOutput]
):
    """Image Preprocessors Midas (`fal-ai/image-preprocessors/midas`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/midas/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/midas"
    input_model: ClassVar[type[ImagePreprocessorsMidasInput]] = ImagePreprocessorsMidasInput
    output_model: ClassVar[type[ImagePreprocessorsMidasOutput]] = ImagePreprocessorsMidasOutput
    Input = ImagePreprocessorsMidasInput
    Output = ImagePreprocessorsMidasOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImagePreprocessorsMidasOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImagePreprocessorsMidasOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsMidasOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImagePreprocessorsMidasOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return self._stream(payload, options)


class AsyncImagePreprocessorsMidas(
    AsyncEndpoint[ImagePreprocessorsMidasInput, ImagePreprocessorsMidasOutput]
):
    """Image Preprocessors Midas (`fal-ai/image-preprocessors/midas`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/image-preprocessors/midas/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/image-preprocessors/midas"
    input_model: ClassVar[type[ImagePreprocessorsMidasInput]] = ImagePreprocessorsMidasInput
    output_model: ClassVar[type[ImagePreprocessorsMidasOutput]] = ImagePreprocessorsMidasOutput
    Input = ImagePreprocessorsMidasInput
    Output = ImagePreprocessorsMidasOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImagePreprocessorsMidasOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImagePreprocessorsMidasOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImagePreprocessorsMidasOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        background_threshold: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImagePreprocessorsMidasOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to process. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            a: A parameter for the MiDaS detector. Default: 6.283185307179586.
            background_threshold: Background threshold for the MiDaS detector. Default: 0.1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "background_threshold": background_threshold,
            }
        )
        return self._stream(payload, options)
