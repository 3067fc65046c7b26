# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream2/visual-query` (Moondream2 Visual Query)."""

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
from fal_models.models.moondream2_visual_query import (
    Moondream2VisualQueryInput,
    Moondream2VisualQueryOutput,
)

__all__ = [
    "Moondream2VisualQuery",
    "AsyncMoondream2VisualQuery",
    "Moondream2VisualQueryInput",
    "Moondream2VisualQueryOutput",
]


class Moondream2VisualQuery(SyncEndpoint[Moondream2VisualQueryInput, Moondream2VisualQueryOutput]):
    """Moondream2 Visual Query (`fal-ai/moondream2/visual-query`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream2/visual-query/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream2/visual-query"
    input_model: ClassVar[type[Moondream2VisualQueryInput]] = Moondream2VisualQueryInput
    output_model: ClassVar[type[Moondream2VisualQueryOutput]] = Moondream2VisualQueryOutput
    Input = Moondream2VisualQueryInput
    Output = Moondream2VisualQueryOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream2VisualQueryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream2VisualQueryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Moondream2VisualQueryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream2VisualQueryOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream2VisualQuery(
    AsyncEndpoint[Moondream2VisualQueryInput, Moondream2VisualQueryOutput]
):
    """Moondream2 Visual Query (`fal-ai/moondream2/visual-query`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream2/visual-query/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream2/visual-query"
    input_model: ClassVar[type[Moondream2VisualQueryInput]] = Moondream2VisualQueryInput
    output_model: ClassVar[type[Moondream2VisualQueryOutput]] = Moondream2VisualQueryOutput
    Input = Moondream2VisualQueryInput
    Output = Moondream2VisualQueryOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream2VisualQueryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream2VisualQueryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Moondream2VisualQueryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream2VisualQueryOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
