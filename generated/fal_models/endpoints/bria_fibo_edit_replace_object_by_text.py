# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/replace_object_by_text` (Bria Fibo Edit Replace Object By
Text).
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
from fal_models.models.bria_fibo_edit_replace_object_by_text import (
    BriaFiboEditReplaceObjectByTextInput,
    BriaFiboEditReplaceObjectByTextOutput,
)

__all__ = [
    "BriaFiboEditReplaceObjectByText",
    "AsyncBriaFiboEditReplaceObjectByText",
    "BriaFiboEditReplaceObjectByTextInput",
    "BriaFiboEditReplaceObjectByTextOutput",
]


class BriaFiboEditReplaceObjectByText(
    SyncEndpoint[BriaFiboEditReplaceObjectByTextInput, BriaFiboEditReplaceObjectByTextOutput]
):
    """Bria Fibo Edit Replace Object By Text (`bria/fibo-edit/replace_object_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/replace_object_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/replace_object_by_text"
    input_model: ClassVar[type[BriaFiboEditReplaceObjectByTextInput]] = (
        BriaFiboEditReplaceObjectByTextInput
    )
    output_model: ClassVar[type[BriaFiboEditReplaceObjectByTextOutput]] = (
        BriaFiboEditReplaceObjectByTextOutput
    )
    Input = BriaFiboEditReplaceObjectByTextInput
    Output = BriaFiboEditReplaceObjectByTextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditReplaceObjectByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> RequestHandle[BriaFiboEditReplaceObjectByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> BriaFiboEditReplaceObjectByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> EndpointStream[BriaFiboEditReplaceObjectByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditReplaceObjectByText(
    AsyncEndpoint[BriaFiboEditReplaceObjectByTextInput, BriaFiboEditReplaceObjectByTextOutput]
):
    """Bria Fibo Edit Replace Object By Text (`bria/fibo-edit/replace_object_by_text`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/replace_object_by_text/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/replace_object_by_text"
    input_model: ClassVar[type[BriaFiboEditReplaceObjectByTextInput]] = (
        BriaFiboEditReplaceObjectByTextInput
    )
    output_model: ClassVar[type[BriaFiboEditReplaceObjectByTextOutput]] = (
        BriaFiboEditReplaceObjectByTextOutput
    )
    Input = BriaFiboEditReplaceObjectByTextInput
    Output = BriaFiboEditReplaceObjectByTextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditReplaceObjectByTextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> AsyncRequestHandle[BriaFiboEditReplaceObjectByTextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> BriaFiboEditReplaceObjectByTextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
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
    ) -> AsyncEndpointStream[BriaFiboEditReplaceObjectByTextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: The full natural language command describing what to replace.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)
