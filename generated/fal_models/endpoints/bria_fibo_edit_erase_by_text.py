# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/erase_by_text` (Bria Fibo Edit Erase By Text)."""

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
from fal_models.models.bria_fibo_edit_erase_by_text import (
    BriaFiboEditEraseByTextInput,
    BriaFiboEditEraseByTextOutput,
)

__all__ = [
    "BriaFiboEditEraseByText",
    "AsyncBriaFiboEditEraseByText",
    "BriaFiboEditEraseByTextInput",
    "BriaFiboEditEraseByTextOutput",
]


class BriaFiboEditEraseByText(
    SyncEndpoint[BriaFiboEditEraseByTextInput, BriaFiboEditEraseByTextOutput]
):
    """Bria Fibo Edit Erase By Text (`bria/fibo-edit/erase_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/erase_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/erase_by_text"
    input_model: ClassVar[type[BriaFiboEditEraseByTextInput]] = BriaFiboEditEraseByTextInput
    output_model: ClassVar[type[BriaFiboEditEraseByTextOutput]] = BriaFiboEditEraseByTextOutput
    Input = BriaFiboEditEraseByTextInput
    Output = BriaFiboEditEraseByTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditEraseByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditEraseByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEraseByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditEraseByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditEraseByText(
    AsyncEndpoint[BriaFiboEditEraseByTextInput, BriaFiboEditEraseByTextOutput]
):
    """Bria Fibo Edit Erase By Text (`bria/fibo-edit/erase_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/erase_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/erase_by_text"
    input_model: ClassVar[type[BriaFiboEditEraseByTextInput]] = BriaFiboEditEraseByTextInput
    output_model: ClassVar[type[BriaFiboEditEraseByTextOutput]] = BriaFiboEditEraseByTextOutput
    Input = BriaFiboEditEraseByTextInput
    Output = BriaFiboEditEraseByTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditEraseByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditEraseByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEraseByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        object_name: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditEraseByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            object_name: The name of the object to remove.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "object_name": object_name,
            }
        )
        return self._stream(payload, options)
