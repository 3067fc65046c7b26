# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream2/object-detection` (Moondream2 Object Detection)."""

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
from fal_models.models.moondream2_object_detection import (
    Moondream2ObjectDetectionInput,
    Moondream2ObjectDetectionOutput,
)

__all__ = [
    "Moondream2ObjectDetection",
    "AsyncMoondream2ObjectDetection",
    "Moondream2ObjectDetectionInput",
    "Moondream2ObjectDetectionOutput",
]


class Moondream2ObjectDetection(
    SyncEndpoint[Moondream2ObjectDetectionInput, Moondream2ObjectDetectionOutput]
):
    """Moondream2 Object Detection (`fal-ai/moondream2/object-detection`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream2/object-detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream2/object-detection"
    input_model: ClassVar[type[Moondream2ObjectDetectionInput]] = Moondream2ObjectDetectionInput
    output_model: ClassVar[type[Moondream2ObjectDetectionOutput]] = Moondream2ObjectDetectionOutput
    Input = Moondream2ObjectDetectionInput
    Output = Moondream2ObjectDetectionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream2ObjectDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream2ObjectDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[RunOptions],
    ) -> Moondream2ObjectDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream2ObjectDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream2ObjectDetection(
    AsyncEndpoint[Moondream2ObjectDetectionInput, Moondream2ObjectDetectionOutput]
):
    """Moondream2 Object Detection (`fal-ai/moondream2/object-detection`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream2/object-detection/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream2/object-detection"
    input_model: ClassVar[type[Moondream2ObjectDetectionInput]] = Moondream2ObjectDetectionInput
    output_model: ClassVar[type[Moondream2ObjectDetectionOutput]] = Moondream2ObjectDetectionOutput
    Input = Moondream2ObjectDetectionInput
    Output = Moondream2ObjectDetectionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream2ObjectDetectionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream2ObjectDetectionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[RunOptions],
    ) -> Moondream2ObjectDetectionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream2ObjectDetectionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            object: Object to be detected in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object": object,
            }
        )
        return self._stream(payload, options)
