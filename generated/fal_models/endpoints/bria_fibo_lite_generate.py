# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-lite/generate` (Bria Fibo Lite Generate)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

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
from fal_models.models.bria_fibo_lite_generate import (
    BriaFiboLiteGenerateInput,
    BriaFiboLiteGenerateOutput,
    StructuredPrompt,
)

__all__ = [
    "BriaFiboLiteGenerate",
    "AsyncBriaFiboLiteGenerate",
    "BriaFiboLiteGenerateInput",
    "BriaFiboLiteGenerateOutput",
]


class BriaFiboLiteGenerate(SyncEndpoint[BriaFiboLiteGenerateInput, BriaFiboLiteGenerateOutput]):
    """Bria Fibo Lite Generate (`bria/fibo-lite/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/fibo-lite/generate/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate"
    input_model: ClassVar[type[BriaFiboLiteGenerateInput]] = BriaFiboLiteGenerateInput
    output_model: ClassVar[type[BriaFiboLiteGenerateOutput]] = BriaFiboLiteGenerateOutput
    Input = BriaFiboLiteGenerateInput
    Output = BriaFiboLiteGenerateOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboLiteGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboLiteGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboLiteGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboLiteGenerate(
    AsyncEndpoint[BriaFiboLiteGenerateInput, BriaFiboLiteGenerateOutput]
):
    """Bria Fibo Lite Generate (`bria/fibo-lite/generate`).

    Category: text-to-image. Docs: https://fal.ai/models/bria/fibo-lite/generate/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate"
    input_model: ClassVar[type[BriaFiboLiteGenerateInput]] = BriaFiboLiteGenerateInput
    output_model: ClassVar[type[BriaFiboLiteGenerateOutput]] = BriaFiboLiteGenerateOutput
    Input = BriaFiboLiteGenerateInput
    Output = BriaFiboLiteGenerateOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboLiteGenerateOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboLiteGenerateOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        aspect_ratio: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9"]
        | Omit = omit,
        negative_prompt: str | Omit = omit,
        steps_num: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboLiteGenerateOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
            aspect_ratio: Aspect ratio. Options: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9.
                Default: "1:1".
            negative_prompt: Negative prompt for image generation. Default: "".
            steps_num: Number of inference steps. Default: 8. Limits: minimum 4, maximum 30.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "steps_num": steps_num,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
