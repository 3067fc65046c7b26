# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sam-3/image/embed` (Sam 3 Image Embed)."""

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
from fal_models.models.sam_3_image_embed import Sam3ImageEmbedInput, Sam3ImageEmbedOutput

__all__ = ["Sam3ImageEmbed", "AsyncSam3ImageEmbed", "Sam3ImageEmbedInput", "Sam3ImageEmbedOutput"]


class Sam3ImageEmbed(SyncEndpoint[Sam3ImageEmbedInput, Sam3ImageEmbedOutput]):
    """Sam 3 Image Embed (`fal-ai/sam-3/image/embed`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sam-3/image/embed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/image/embed"
    input_model: ClassVar[type[Sam3ImageEmbedInput]] = Sam3ImageEmbedInput
    output_model: ClassVar[type[Sam3ImageEmbedOutput]] = Sam3ImageEmbedOutput
    Input = Sam3ImageEmbedInput
    Output = Sam3ImageEmbedOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Sam3ImageEmbedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> RequestHandle[Sam3ImageEmbedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> Sam3ImageEmbedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> EndpointStream[Sam3ImageEmbedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncSam3ImageEmbed(AsyncEndpoint[Sam3ImageEmbedInput, Sam3ImageEmbedOutput]):
    """Sam 3 Image Embed (`fal-ai/sam-3/image/embed`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sam-3/image/embed/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sam-3/image/embed"
    input_model: ClassVar[type[Sam3ImageEmbedInput]] = Sam3ImageEmbedInput
    output_model: ClassVar[type[Sam3ImageEmbedOutput]] = Sam3ImageEmbedOutput
    Input = Sam3ImageEmbedInput
    Output = Sam3ImageEmbedOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sam3ImageEmbedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> AsyncRequestHandle[Sam3ImageEmbedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> Sam3ImageEmbedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
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
    ) -> AsyncEndpointStream[Sam3ImageEmbedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to embed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
