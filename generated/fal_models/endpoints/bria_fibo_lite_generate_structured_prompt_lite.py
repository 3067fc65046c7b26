# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-lite/generate/structured_prompt/lite` (Bria Fibo Lite Generate
Structured Prompt Lite).
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
from fal_models.models.bria_fibo_lite_generate_structured_prompt_lite import (
    BriaFiboLiteGenerateStructuredPromptLiteInput,
    BriaFiboLiteGenerateStructuredPromptLiteOutput,
    BriaFiboVlmStructuredPrompt,
)

__all__ = [
    "BriaFiboLiteGenerateStructuredPromptLite",
    "AsyncBriaFiboLiteGenerateStructuredPromptLite",
    "BriaFiboLiteGenerateStructuredPromptLiteInput",
    "BriaFiboLiteGenerateStructuredPromptLiteOutput",
]


class BriaFiboLiteGenerateStructuredPromptLite(
    SyncEndpoint[
        BriaFiboLiteGenerateStructuredPromptLiteInput,
        BriaFiboLiteGenerateStructuredPromptLiteOutput,
    ]
):
    """Bria Fibo Lite Generate Structured Prompt Lite
    (`bria/fibo-lite/generate/structured_prompt/lite`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-lite/generate/structured_prompt/lite/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate/structured_prompt/lite"
    input_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptLiteInput]] = (
        BriaFiboLiteGenerateStructuredPromptLiteInput
    )
    output_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptLiteOutput]] = (
        BriaFiboLiteGenerateStructuredPromptLiteOutput
    )
    Input = BriaFiboLiteGenerateStructuredPromptLiteInput
    Output = BriaFiboLiteGenerateStructuredPromptLiteOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptLiteOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboLiteGenerateStructuredPromptLiteOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptLiteOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboLiteGenerateStructuredPromptLiteOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncBriaFiboLiteGenerateStructuredPromptLite(
    AsyncEndpoint[
        BriaFiboLiteGenerateStructuredPromptLiteInput,
        BriaFiboLiteGenerateStructuredPromptLiteOutput,
    ]
):
    """Bria Fibo Lite Generate Structured Prompt Lite
    (`bria/fibo-lite/generate/structured_prompt/lite`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-lite/generate/structured_prompt/lite/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate/structured_prompt/lite"
    input_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptLiteInput]] = (
        BriaFiboLiteGenerateStructuredPromptLiteInput
    )
    output_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptLiteOutput]] = (
        BriaFiboLiteGenerateStructuredPromptLiteOutput
    )
    Input = BriaFiboLiteGenerateStructuredPromptLiteInput
    Output = BriaFiboLiteGenerateStructuredPromptLiteOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptLiteOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboLiteGenerateStructuredPromptLiteOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptLiteOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: BriaFiboVlmStructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboLiteGenerateStructuredPromptLiteOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt for image generation.
            structured_prompt: The structured prompt to generate an image from.
            image_url: Reference image (file or URL). Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            seed: Random seed for reproducibility. Default: 5555.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "structured_prompt": structured_prompt,
                "image_url": image_url,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
