# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/edit/structured_instruction` (Bria Fibo Edit Edit
Structured Instruction).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    Omit,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
    omit,
)
from fal_models._uploads import FileInput
from fal_models.models.bria_fibo_edit_edit_structured_instruction import (
    BriaFiboEditEditStructuredInstructionInput,
    BriaFiboEditEditStructuredInstructionOutput,
)

__all__ = [
    "BriaFiboEditEditStructuredInstruction",
    "AsyncBriaFiboEditEditStructuredInstruction",
    "BriaFiboEditEditStructuredInstructionInput",
    "BriaFiboEditEditStructuredInstructionOutput",
]


class BriaFiboEditEditStructuredInstruction(
    SyncEndpoint[
        BriaFiboEditEditStructuredInstructionInput, BriaFiboEditEditStructuredInstructionOutput
    ]
):
    """Bria Fibo Edit Edit Structured Instruction (`bria/fibo-edit/edit/structured_instruction`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-edit/edit/structured_instruction/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/edit/structured_instruction"
    input_model: ClassVar[type[BriaFiboEditEditStructuredInstructionInput]] = (
        BriaFiboEditEditStructuredInstructionInput
    )
    output_model: ClassVar[type[BriaFiboEditEditStructuredInstructionOutput]] = (
        BriaFiboEditEditStructuredInstructionOutput
    )
    Input = BriaFiboEditEditStructuredInstructionInput
    Output = BriaFiboEditEditStructuredInstructionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditEditStructuredInstructionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditEditStructuredInstructionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEditStructuredInstructionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditEditStructuredInstructionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditEditStructuredInstruction(
    AsyncEndpoint[
        BriaFiboEditEditStructuredInstructionInput, BriaFiboEditEditStructuredInstructionOutput
    ]
):
    """Bria Fibo Edit Edit Structured Instruction (`bria/fibo-edit/edit/structured_instruction`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-edit/edit/structured_instruction/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/edit/structured_instruction"
    input_model: ClassVar[type[BriaFiboEditEditStructuredInstructionInput]] = (
        BriaFiboEditEditStructuredInstructionInput
    )
    output_model: ClassVar[type[BriaFiboEditEditStructuredInstructionOutput]] = (
        BriaFiboEditEditStructuredInstructionOutput
    )
    Input = BriaFiboEditEditStructuredInstructionInput
    Output = BriaFiboEditEditStructuredInstructionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditEditStructuredInstructionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditEditStructuredInstructionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEditStructuredInstructionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        seed: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditEditStructuredInstructionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Reference image mask (file or URL). Optional. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            seed: Random seed for reproducibility. Default: 5555.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
