# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/blend` (Bria Fibo Edit Blend)."""

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
from fal_models.models.bria_fibo_edit_blend import BriaFiboEditBlendInput, BriaFiboEditBlendOutput

__all__ = [
    "BriaFiboEditBlend",
    "AsyncBriaFiboEditBlend",
    "BriaFiboEditBlendInput",
    "BriaFiboEditBlendOutput",
]


class BriaFiboEditBlend(SyncEndpoint[BriaFiboEditBlendInput, BriaFiboEditBlendOutput]):
    """Bria Fibo Edit Blend (`bria/fibo-edit/blend`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/blend/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/blend"
    input_model: ClassVar[type[BriaFiboEditBlendInput]] = BriaFiboEditBlendInput
    output_model: ClassVar[type[BriaFiboEditBlendOutput]] = BriaFiboEditBlendOutput
    Input = BriaFiboEditBlendInput
    Output = BriaFiboEditBlendOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditBlendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> RequestHandle[BriaFiboEditBlendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> BriaFiboEditBlendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> EndpointStream[BriaFiboEditBlendOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditBlend(AsyncEndpoint[BriaFiboEditBlendInput, BriaFiboEditBlendOutput]):
    """Bria Fibo Edit Blend (`bria/fibo-edit/blend`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/blend/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/blend"
    input_model: ClassVar[type[BriaFiboEditBlendInput]] = BriaFiboEditBlendInput
    output_model: ClassVar[type[BriaFiboEditBlendOutput]] = BriaFiboEditBlendOutput
    Input = BriaFiboEditBlendInput
    Output = BriaFiboEditBlendOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        instruction: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditBlendOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> AsyncRequestHandle[BriaFiboEditBlendOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> BriaFiboEditBlendOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
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
    ) -> AsyncEndpointStream[BriaFiboEditBlendOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The source image. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            instruction: Instruct what elements you would like to blend in your image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "instruction": instruction,
            }
        )
        return self._stream(payload, options)
