# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/florence-2-large/region-to-category` (Florence 2 Large Region To
Category).
"""

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
from fal_models.models.florence_2_large_region_to_category import (
    Florence2LargeRegionToCategoryInput,
    Florence2LargeRegionToCategoryOutput,
    Region,
)

__all__ = [
    "Florence2LargeRegionToCategory",
    "AsyncFlorence2LargeRegionToCategory",
    "Florence2LargeRegionToCategoryInput",
    "Florence2LargeRegionToCategoryOutput",
]


class Florence2LargeRegionToCategory(
    SyncEndpoint[Florence2LargeRegionToCategoryInput, Florence2LargeRegionToCategoryOutput]
):
    """Florence 2 Large Region To Category (`fal-ai/florence-2-large/region-to-category`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/region-to-category/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/region-to-category"
    input_model: ClassVar[type[Florence2LargeRegionToCategoryInput]] = (
        Florence2LargeRegionToCategoryInput
    )
    output_model: ClassVar[type[Florence2LargeRegionToCategoryOutput]] = (
        Florence2LargeRegionToCategoryOutput
    )
    Input = Florence2LargeRegionToCategoryInput
    Output = Florence2LargeRegionToCategoryOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[SubscribeOptions],
    ) -> Florence2LargeRegionToCategoryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Florence2LargeRegionToCategoryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeRegionToCategoryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Florence2LargeRegionToCategoryOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return self._stream(payload, options)


class AsyncFlorence2LargeRegionToCategory(
    AsyncEndpoint[Florence2LargeRegionToCategoryInput, Florence2LargeRegionToCategoryOutput]
):
    """Florence 2 Large Region To Category (`fal-ai/florence-2-large/region-to-category`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/region-to-category/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/region-to-category"
    input_model: ClassVar[type[Florence2LargeRegionToCategoryInput]] = (
        Florence2LargeRegionToCategoryInput
    )
    output_model: ClassVar[type[Florence2LargeRegionToCategoryOutput]] = (
        Florence2LargeRegionToCategoryOutput
    )
    Input = Florence2LargeRegionToCategoryInput
    Output = Florence2LargeRegionToCategoryOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Florence2LargeRegionToCategoryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Florence2LargeRegionToCategoryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeRegionToCategoryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Florence2LargeRegionToCategoryOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            region: The user input coordinates.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "region": region,
            }
        )
        return self._stream(payload, options)
