# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/add_object_by_text` (Bria Fibo Edit Add Object By Text)."""

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
from fal_models.models.bria_fibo_edit_add_object_by_text import (
    BriaFiboEditAddObjectByTextInput,
    BriaFiboEditAddObjectByTextOutput,
)

__all__ = [
    "BriaFiboEditAddObjectByText",
    "AsyncBriaFiboEditAddObjectByText",
    "BriaFiboEditAddObjectByTextInput",
    "BriaFiboEditAddObjectByTextOutput",
]


class BriaFiboEditAddObjectByText(
    SyncEndpoint[BriaFiboEditAddObjectByTextInput, BriaFiboEditAddObjectByTextOutput]
):
    """Bria Fibo Edit Add Object By Text (`bria/fibo-edit/add_object_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/add_object_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/add_object_by_text"
    input_model: ClassVar[type[BriaFiboEditAddObjectByTextInput]] = BriaFiboEditAddObjectByTextInput
    output_model: ClassVar[type[BriaFiboEditAddObjectByTextOutput]] = (
        BriaFiboEditAddObjectByTextOutput
    )
    Input = BriaFiboEditAddObjectByTextInput
    Output = BriaFiboEditAddObjectByTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditAddObjectByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditAddObjectByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditAddObjectByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditAddObjectByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditAddObjectByText(
    AsyncEndpoint[BriaFiboEditAddObjectByTextInput, BriaFiboEditAddObjectByTextOutput]
):
    """Bria Fibo Edit Add Object By Text (`bria/fibo-edit/add_object_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/add_object_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/add_object_by_text"
    input_model: ClassVar[type[BriaFiboEditAddObjectByTextInput]] = BriaFiboEditAddObjectByTextInput
    output_model: ClassVar[type[BriaFiboEditAddObjectByTextOutput]] = (
        BriaFiboEditAddObjectByTextOutput
    )
    Input = BriaFiboEditAddObjectByTextInput
    Output = BriaFiboEditAddObjectByTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditAddObjectByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditAddObjectByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditAddObjectByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditAddObjectByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to add and where.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)
