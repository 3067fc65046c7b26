# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/florence-2-large/detailed-caption` (Florence 2 Large Detailed
Caption).
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
from fal_models.models.florence_2_large_detailed_caption import (
    Florence2LargeDetailedCaptionInput,
    Florence2LargeDetailedCaptionOutput,
)

__all__ = [
    "Florence2LargeDetailedCaption",
    "AsyncFlorence2LargeDetailedCaption",
    "Florence2LargeDetailedCaptionInput",
    "Florence2LargeDetailedCaptionOutput",
]


class Florence2LargeDetailedCaption(
    SyncEndpoint[Florence2LargeDetailedCaptionInput, Florence2LargeDetailedCaptionOutput]
):
    """Florence 2 Large Detailed Caption (`fal-ai/florence-2-large/detailed-caption`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/detailed-caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/detailed-caption"
    input_model: ClassVar[type[Florence2LargeDetailedCaptionInput]] = (
        Florence2LargeDetailedCaptionInput
    )
    output_model: ClassVar[type[Florence2LargeDetailedCaptionOutput]] = (
        Florence2LargeDetailedCaptionOutput
    )
    Input = Florence2LargeDetailedCaptionInput
    Output = Florence2LargeDetailedCaptionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Florence2LargeDetailedCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> RequestHandle[Florence2LargeDetailedCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> Florence2LargeDetailedCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> EndpointStream[Florence2LargeDetailedCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncFlorence2LargeDetailedCaption(
    AsyncEndpoint[Florence2LargeDetailedCaptionInput, Florence2LargeDetailedCaptionOutput]
):
    """Florence 2 Large Detailed Caption (`fal-ai/florence-2-large/detailed-caption`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/florence-2-large/detailed-caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/detailed-caption"
    input_model: ClassVar[type[Florence2LargeDetailedCaptionInput]] = (
        Florence2LargeDetailedCaptionInput
    )
    output_model: ClassVar[type[Florence2LargeDetailedCaptionOutput]] = (
        Florence2LargeDetailedCaptionOutput
    )
    Input = Florence2LargeDetailedCaptionInput
    Output = Florence2LargeDetailedCaptionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Florence2LargeDetailedCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> AsyncRequestHandle[Florence2LargeDetailedCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> Florence2LargeDetailedCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
    ) -> AsyncEndpointStream[Florence2LargeDetailedCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
