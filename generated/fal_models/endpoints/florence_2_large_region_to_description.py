# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/florence-2-large/region-to-description` (Florence 2 Large Region
To Description).
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
from fal_models.models.florence_2_large_region_to_description import (
    Florence2LargeRegionToDescriptionInput,
    Florence2LargeRegionToDescriptionOutput,
    Region,
)

__all__ = [
    "Florence2LargeRegionToDescription",
    "AsyncFlorence2LargeRegionToDescription",
    "Florence2LargeRegionToDescriptionInput",
    "Florence2LargeRegionToDescriptionOutput",
]


class Florence2LargeRegionToDescription(
    SyncEndpoint[Florence2LargeRegionToDescriptionInput, Florence2LargeRegionToDescriptionOutput]
):
    """Florence 2 Large Region To Description (`fal-ai/florence-2-large/region-to-description`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/region-to-description/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/region-to-description"
    input_model: ClassVar[type[Florence2LargeRegionToDescriptionInput]] = (
        Florence2LargeRegionToDescriptionInput
    )
    output_model: ClassVar[type[Florence2LargeRegionToDescriptionOutput]] = (
        Florence2LargeRegionToDescriptionOutput
    )
    Input = Florence2LargeRegionToDescriptionInput
    Output = Florence2LargeRegionToDescriptionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[SubscribeOptions],
    ) -> Florence2LargeRegionToDescriptionOutput:
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
    ) -> RequestHandle[Florence2LargeRegionToDescriptionOutput]:
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
    ) -> Florence2LargeRegionToDescriptionOutput:
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
    ) -> EndpointStream[Florence2LargeRegionToDescriptionOutput]:
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


class AsyncFlorence2LargeRegionToDescription(
    AsyncEndpoint[Florence2LargeRegionToDescriptionInput, Florence2LargeRegionToDescriptionOutput]
):
    """Florence 2 Large Region To Description (`fal-ai/florence-2-large/region-to-description`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/region-to-description/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/region-to-description"
    input_model: ClassVar[type[Florence2LargeRegionToDescriptionInput]] = (
        Florence2LargeRegionToDescriptionInput
    )
    output_model: ClassVar[type[Florence2LargeRegionToDescriptionOutput]] = (
        Florence2LargeRegionToDescriptionOutput
    )
    Input = Florence2LargeRegionToDescriptionInput
    Output = Florence2LargeRegionToDescriptionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        region: Region,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Florence2LargeRegionToDescriptionOutput:
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
    ) -> AsyncRequestHandle[Florence2LargeRegionToDescriptionOutput]:
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
    ) -> Florence2LargeRegionToDescriptionOutput:
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
    ) -> AsyncEndpointStream[Florence2LargeRegionToDescriptionOutput]:
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
