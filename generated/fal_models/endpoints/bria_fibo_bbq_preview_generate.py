# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-bbq-preview/generate` (Bria Fibo Bbq Preview Generate)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Unpack

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
from fal_models.models.bria_fibo_bbq_preview_generate import (
    BriaFiboBbqPreviewGenerateInput,
    BriaFiboBbqPreviewGenerateOutput,
    StructuredPrompt,
)

__all__ = [
    "BriaFiboBbqPreviewGenerate",
    "AsyncBriaFiboBbqPreviewGenerate",
    "BriaFiboBbqPreviewGenerateInput",
    "BriaFiboBbqPreviewGenerateOutput",
]


class BriaFiboBbqPreviewGenerate(
    SyncEndpoint[BriaFiboBbqPreviewGenerateInput, BriaFiboBbqPreviewGenerateOutput]
):
    """Bria Fibo Bbq Preview Generate (`bria/fibo-bbq-preview/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/fibo-bbq-preview/generate/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-bbq-preview/generate"
    input_model: ClassVar[type[BriaFiboBbqPreviewGenerateInput]] = BriaFiboBbqPreviewGenerateInput
    output_model: ClassVar[type[BriaFiboBbqPreviewGenerateOutput]] = (
        BriaFiboBbqPreviewGenerateOutput
    )
    Input = BriaFiboBbqPreviewGenerateInput
    Output = BriaFiboBbqPreviewGenerateOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboBbqPreviewGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboBbqPreviewGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboBbqPreviewGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboBbqPreviewGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboBbqPreviewGenerate(
    AsyncEndpoint[BriaFiboBbqPreviewGenerateInput, BriaFiboBbqPreviewGenerateOutput]
):
    """Bria Fibo Bbq Preview Generate (`bria/fibo-bbq-preview/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/fibo-bbq-preview/generate/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-bbq-preview/generate"
    input_model: ClassVar[type[BriaFiboBbqPreviewGenerateInput]] = BriaFiboBbqPreviewGenerateInput
    output_model: ClassVar[type[BriaFiboBbqPreviewGenerateOutput]] = (
        BriaFiboBbqPreviewGenerateOutput
    )
    Input = BriaFiboBbqPreviewGenerateInput
    Output = BriaFiboBbqPreviewGenerateOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboBbqPreviewGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboBbqPreviewGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboBbqPreviewGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
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
        prompt: str | None | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        structured_prompt: StructuredPrompt | str | dict[str, Any] | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        steps_num: int | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboBbqPreviewGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            steps_num: Number of inference steps. Default: 50. Limits: minimum 20, maximum 50.
            negative_prompt: Negative prompt for image generation. Default: "".
            guidance_scale: Guidance scale for text. Default: 5. Limits: minimum 3, maximum 5.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "steps_num": steps_num,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
