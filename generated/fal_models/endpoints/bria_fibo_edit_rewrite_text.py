# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/rewrite_text` (Bria Fibo Edit Rewrite Text)."""

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
from fal_models.models.bria_fibo_edit_rewrite_text import (
    BriaFiboEditRewriteTextInput,
    BriaFiboEditRewriteTextOutput,
)

__all__ = [
    "BriaFiboEditRewriteText",
    "AsyncBriaFiboEditRewriteText",
    "BriaFiboEditRewriteTextInput",
    "BriaFiboEditRewriteTextOutput",
]


class BriaFiboEditRewriteText(
    SyncEndpoint[BriaFiboEditRewriteTextInput, BriaFiboEditRewriteTextOutput]
):
    """Bria Fibo Edit Rewrite Text (`bria/fibo-edit/rewrite_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/rewrite_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/rewrite_text"
    input_model: ClassVar[type[BriaFiboEditRewriteTextInput]] = BriaFiboEditRewriteTextInput
    output_model: ClassVar[type[BriaFiboEditRewriteTextOutput]] = BriaFiboEditRewriteTextOutput
    Input = BriaFiboEditRewriteTextInput
    Output = BriaFiboEditRewriteTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditRewriteTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditRewriteTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRewriteTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditRewriteTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditRewriteText(
    AsyncEndpoint[BriaFiboEditRewriteTextInput, BriaFiboEditRewriteTextOutput]
):
    """Bria Fibo Edit Rewrite Text (`bria/fibo-edit/rewrite_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/rewrite_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/rewrite_text"
    input_model: ClassVar[type[BriaFiboEditRewriteTextInput]] = BriaFiboEditRewriteTextInput
    output_model: ClassVar[type[BriaFiboEditRewriteTextOutput]] = BriaFiboEditRewriteTextOutput
    Input = BriaFiboEditRewriteTextInput
    Output = BriaFiboEditRewriteTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditRewriteTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditRewriteTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditRewriteTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        new_text: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditRewriteTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            new_text: The new text string to appear in the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "new_text": new_text,
            }
        )
        return self._stream(payload, options)
