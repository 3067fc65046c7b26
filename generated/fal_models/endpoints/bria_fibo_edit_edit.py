# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-edit/edit` (Bria Fibo Edit Edit)."""

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
from fal_models.models.bria_fibo_edit_edit import (
    BriaFiboEditEditInput,
    BriaFiboEditEditOutput,
    StructuredInstruction,
)

__all__ = [
    "BriaFiboEditEdit",
    "AsyncBriaFiboEditEdit",
    "BriaFiboEditEditInput",
    "BriaFiboEditEditOutput",
]


class BriaFiboEditEdit(SyncEndpoint[BriaFiboEditEditInput, BriaFiboEditEditOutput]):
    """Bria Fibo Edit Edit (`bria/fibo-edit/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/edit/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/edit"
    input_model: ClassVar[type[BriaFiboEditEditInput]] = BriaFiboEditEditInput
    output_model: ClassVar[type[BriaFiboEditEditOutput]] = BriaFiboEditEditOutput
    Input = BriaFiboEditEditInput
    Output = BriaFiboEditEditOutput

    def subscribe(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboEditEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboEditEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboEditEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboEditEdit(AsyncEndpoint[BriaFiboEditEditInput, BriaFiboEditEditOutput]):
    """Bria Fibo Edit Edit (`bria/fibo-edit/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/fibo-edit/edit/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-edit/edit"
    input_model: ClassVar[type[BriaFiboEditEditInput]] = BriaFiboEditEditInput
    output_model: ClassVar[type[BriaFiboEditEditOutput]] = BriaFiboEditEditOutput
    Input = BriaFiboEditEditInput
    Output = BriaFiboEditEditOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput | None | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        instruction: str | None | Omit = omit,
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboEditEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboEditEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboEditEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
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
        structured_instruction: StructuredInstruction | None | Omit = omit,
        original_vgl: StructuredInstruction | None | Omit = omit,
        new_vgl: StructuredInstruction | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboEditEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            mask_url: Mask image (file or URL). Optional. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            instruction: Instruction for image editing.
            structured_instruction: The structured prompt to generate an image from.
            original_vgl: The original vgl used to generate the image.
            new_vgl: The new vgl describing image after edit.
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 30. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "instruction": instruction,
                "structured_instruction": structured_instruction,
                "original_vgl": original_vgl,
                "new_vgl": new_vgl,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
