# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/fibo-lite/generate/structured_prompt` (Bria Fibo Lite Generate
Structured Prompt).
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
from fal_models.models.bria_fibo_lite_generate_structured_prompt import (
    BriaFiboLiteGenerateStructuredPromptInput,
    BriaFiboLiteGenerateStructuredPromptOutput,
    StructuredPrompt,
)

__all__ = [
    "BriaFiboLiteGenerateStructuredPrompt",
    "AsyncBriaFiboLiteGenerateStructuredPrompt",
    "BriaFiboLiteGenerateStructuredPromptInput",
    "BriaFiboLiteGenerateStructuredPromptOutput",
]


class BriaFiboLiteGenerateStructuredPrompt(
    SyncEndpoint[
        BriaFiboLiteGenerateStructuredPromptInput, BriaFiboLiteGenerateStructuredPromptOutput
    ]
):
    """Bria Fibo Lite Generate Structured Prompt (`bria/fibo-lite/generate/structured_prompt`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-lite/generate/structured_prompt/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate/structured_prompt"
    input_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptInput]] = (
        BriaFiboLiteGenerateStructuredPromptInput
    )
    output_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptOutput]] = (
        BriaFiboLiteGenerateStructuredPromptOutput
    )
    Input = BriaFiboLiteGenerateStructuredPromptInput
    Output = BriaFiboLiteGenerateStructuredPromptOutput

    def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaFiboLiteGenerateStructuredPromptOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaFiboLiteGenerateStructuredPromptOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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


class AsyncBriaFiboLiteGenerateStructuredPrompt(
    AsyncEndpoint[
        BriaFiboLiteGenerateStructuredPromptInput, BriaFiboLiteGenerateStructuredPromptOutput
    ]
):
    """Bria Fibo Lite Generate Structured Prompt (`bria/fibo-lite/generate/structured_prompt`).

    Category: text-to-json.
    Docs: https://fal.ai/models/bria/fibo-lite/generate/structured_prompt/api
    """

    endpoint_id: ClassVar[str] = "bria/fibo-lite/generate/structured_prompt"
    input_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptInput]] = (
        BriaFiboLiteGenerateStructuredPromptInput
    )
    output_model: ClassVar[type[BriaFiboLiteGenerateStructuredPromptOutput]] = (
        BriaFiboLiteGenerateStructuredPromptOutput
    )
    Input = BriaFiboLiteGenerateStructuredPromptInput
    Output = BriaFiboLiteGenerateStructuredPromptOutput

    async def subscribe(
        self,
        *,
        prompt: str | None | Omit = omit,
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaFiboLiteGenerateStructuredPromptOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaFiboLiteGenerateStructuredPromptOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
        structured_prompt: StructuredPrompt | None | Omit = omit,
        image_url: FileInput | None | Omit = omit,
        seed: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaFiboLiteGenerateStructuredPromptOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate.
            structured_prompt: The structured prompt to generate.
            image_url: Input image URL. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            seed: Seed for the random number generator. Default: 7.
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
