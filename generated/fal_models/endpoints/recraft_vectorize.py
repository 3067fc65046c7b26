# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/recraft/vectorize` (Recraft Vectorize)."""

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
from fal_models.models.recraft_vectorize import RecraftVectorizeInput, RecraftVectorizeOutput

__all__ = [
    "RecraftVectorize",
    "AsyncRecraftVectorize",
    "RecraftVectorizeInput",
    "RecraftVectorizeOutput",
]


class RecraftVectorize(SyncEndpoint[RecraftVectorizeInput, RecraftVectorizeOutput]):
    """Recraft Vectorize (`fal-ai/recraft/vectorize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/vectorize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/vectorize"
    input_model: ClassVar[type[RecraftVectorizeInput]] = RecraftVectorizeInput
    output_model: ClassVar[type[RecraftVectorizeOutput]] = RecraftVectorizeOutput
    Input = RecraftVectorizeInput
    Output = RecraftVectorizeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> RecraftVectorizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> RequestHandle[RecraftVectorizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> RecraftVectorizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> EndpointStream[RecraftVectorizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncRecraftVectorize(AsyncEndpoint[RecraftVectorizeInput, RecraftVectorizeOutput]):
    """Recraft Vectorize (`fal-ai/recraft/vectorize`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/recraft/vectorize/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/recraft/vectorize"
    input_model: ClassVar[type[RecraftVectorizeInput]] = RecraftVectorizeInput
    output_model: ClassVar[type[RecraftVectorizeOutput]] = RecraftVectorizeOutput
    Input = RecraftVectorizeInput
    Output = RecraftVectorizeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> RecraftVectorizeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> AsyncRequestHandle[RecraftVectorizeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> RecraftVectorizeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
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
    ) -> AsyncEndpointStream[RecraftVectorizeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be vectorized. Must be in PNG, JPG or WEBP format,
                less than 5 MB in size, have resolution less than 16 MP and max dimension less than
                4096 pixels, min dimension more than 256 pixels. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
