# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/florence-2-large/referring-expression-segmentation` (Florence 2
Large Referring Expression Segmentation).
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
from fal_models.models.florence_2_large_referring_expression_segmentation import (
    Florence2LargeReferringExpressionSegmentationInput,
    Florence2LargeReferringExpressionSegmentationOutput,
)

__all__ = [
    "Florence2LargeReferringExpressionSegmentation",
    "AsyncFlorence2LargeReferringExpressionSegmentation",
    "Florence2LargeReferringExpressionSegmentationInput",
    "Florence2LargeReferringExpressionSegmentationOutput",
]


class Florence2LargeReferringExpressionSegmentation(
    SyncEndpoint[
        Florence2LargeReferringExpressionSegmentationInput,
        Florence2LargeReferringExpressionSegmentationOutput,
    ]
):
    """Florence 2 Large Referring Expression Segmentation
    (`fal-ai/florence-2-large/referring-expression-segmentation`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/florence-2-large/referring-expression-segmentation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/referring-expression-segmentation"
    input_model: ClassVar[type[Florence2LargeReferringExpressionSegmentationInput]] = (
        Florence2LargeReferringExpressionSegmentationInput
    )
    output_model: ClassVar[type[Florence2LargeReferringExpressionSegmentationOutput]] = (
        Florence2LargeReferringExpressionSegmentationOutput
    )
    Input = Florence2LargeReferringExpressionSegmentationInput
    Output = Florence2LargeReferringExpressionSegmentationOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubscribeOptions],
    ) -> Florence2LargeReferringExpressionSegmentationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Florence2LargeReferringExpressionSegmentationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeReferringExpressionSegmentationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Florence2LargeReferringExpressionSegmentationOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._stream(payload, options)


class AsyncFlorence2LargeReferringExpressionSegmentation(
    AsyncEndpoint[
        Florence2LargeReferringExpressionSegmentationInput,
        Florence2LargeReferringExpressionSegmentationOutput,
    ]
):
    """Florence 2 Large Referring Expression Segmentation
    (`fal-ai/florence-2-large/referring-expression-segmentation`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/florence-2-large/referring-expression-segmentation/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/florence-2-large/referring-expression-segmentation"
    input_model: ClassVar[type[Florence2LargeReferringExpressionSegmentationInput]] = (
        Florence2LargeReferringExpressionSegmentationInput
    )
    output_model: ClassVar[type[Florence2LargeReferringExpressionSegmentationOutput]] = (
        Florence2LargeReferringExpressionSegmentationOutput
    )
    Input = Florence2LargeReferringExpressionSegmentationInput
    Output = Florence2LargeReferringExpressionSegmentationOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Florence2LargeReferringExpressionSegmentationOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Florence2LargeReferringExpressionSegmentationOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[RunOptions],
    ) -> Florence2LargeReferringExpressionSegmentationOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        text_input: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Florence2LargeReferringExpressionSegmentationOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be processed. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            text_input: Text input for the task.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "text_input": text_input,
            }
        )
        return self._stream(payload, options)
