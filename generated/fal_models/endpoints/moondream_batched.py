# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream/batched` (Moondream Batched)."""

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
from fal_models.models.moondream_batched import (
    MoondreamBatchedInput,
    MoondreamBatchedOutput,
    MoondreamInputParam,
)

__all__ = [
    "MoondreamBatched",
    "AsyncMoondreamBatched",
    "MoondreamBatchedInput",
    "MoondreamBatchedOutput",
]


class MoondreamBatched(SyncEndpoint[MoondreamBatchedInput, MoondreamBatchedOutput]):
    """Moondream Batched (`fal-ai/moondream/batched`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream/batched/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream/batched"
    input_model: ClassVar[type[MoondreamBatchedInput]] = MoondreamBatchedInput
    output_model: ClassVar[type[MoondreamBatchedOutput]] = MoondreamBatchedOutput
    Input = MoondreamBatchedInput
    Output = MoondreamBatchedOutput

    def subscribe(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MoondreamBatchedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoondreamBatchedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamBatchedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoondreamBatchedOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._stream(payload, options)


class AsyncMoondreamBatched(AsyncEndpoint[MoondreamBatchedInput, MoondreamBatchedOutput]):
    """Moondream Batched (`fal-ai/moondream/batched`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream/batched/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream/batched"
    input_model: ClassVar[type[MoondreamBatchedInput]] = MoondreamBatchedInput
    output_model: ClassVar[type[MoondreamBatchedOutput]] = MoondreamBatchedOutput
    Input = MoondreamBatchedInput
    Output = MoondreamBatchedOutput

    async def subscribe(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoondreamBatchedOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoondreamBatchedOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamBatchedOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        model_id: Literal["vikhyatk/moondream2", "fal-ai/moondream2-docci"] | Omit = omit,
        inputs: list[MoondreamInputParam],
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        repetition_penalty: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoondreamBatchedOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            model_id: Model ID to use for inference. Default: "vikhyatk/moondream2".
            inputs: List of input prompts and image URLs.
            max_tokens: Maximum number of new tokens to generate. Default: 64. Limits: minimum 32,
                maximum 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            repetition_penalty: Repetition penalty for sampling. Default: 1. Limits: minimum 1,
                maximum 2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "model_id": model_id,
                "inputs": inputs,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
                "repetition_penalty": repetition_penalty,
            }
        )
        return self._stream(payload, options)
