# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream-next/batch` (Moondream Next Batch)."""

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
from fal_models.models.moondream_next_batch_ import (
    MoondreamNextBatchInput,
    MoondreamNextBatchOutput,
)

__all__ = [
    "MoondreamNextBatch",
    "AsyncMoondreamNextBatch",
    "MoondreamNextBatchInput",
    "MoondreamNextBatchOutput",
]


class MoondreamNextBatch(SyncEndpoint[MoondreamNextBatchInput, MoondreamNextBatchOutput]):
    """Moondream Next Batch (`fal-ai/moondream-next/batch`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream-next/batch/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next/batch"
    input_model: ClassVar[type[MoondreamNextBatchInput]] = MoondreamNextBatchInput
    output_model: ClassVar[type[MoondreamNextBatchOutput]] = MoondreamNextBatchOutput
    Input = MoondreamNextBatchInput
    Output = MoondreamNextBatchOutput

    def subscribe(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MoondreamNextBatchOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoondreamNextBatchOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextBatchOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoondreamNextBatchOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)


class AsyncMoondreamNextBatch(AsyncEndpoint[MoondreamNextBatchInput, MoondreamNextBatchOutput]):
    """Moondream Next Batch (`fal-ai/moondream-next/batch`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream-next/batch/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next/batch"
    input_model: ClassVar[type[MoondreamNextBatchInput]] = MoondreamNextBatchInput
    output_model: ClassVar[type[MoondreamNextBatchOutput]] = MoondreamNextBatchOutput
    Input = MoondreamNextBatchInput
    Output = MoondreamNextBatchOutput

    async def subscribe(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoondreamNextBatchOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoondreamNextBatchOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextBatchOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        images_data_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoondreamNextBatchOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            images_data_url: List of image URLs to be processed (maximum 32 images). Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Single prompt to apply to all images.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "images_data_url": images_data_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)
