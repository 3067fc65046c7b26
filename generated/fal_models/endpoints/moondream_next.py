# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream-next` (Moondream Next)."""

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
from fal_models.models.moondream_next import MoondreamNextInput, MoondreamNextOutput

__all__ = ["MoondreamNext", "AsyncMoondreamNext", "MoondreamNextInput", "MoondreamNextOutput"]


class MoondreamNext(SyncEndpoint[MoondreamNextInput, MoondreamNextOutput]):
    """Moondream Next (`fal-ai/moondream-next`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream-next/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next"
    input_model: ClassVar[type[MoondreamNextInput]] = MoondreamNextInput
    output_model: ClassVar[type[MoondreamNextOutput]] = MoondreamNextOutput
    Input = MoondreamNextInput
    Output = MoondreamNextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> MoondreamNextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[MoondreamNextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[MoondreamNextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)


class AsyncMoondreamNext(AsyncEndpoint[MoondreamNextInput, MoondreamNextOutput]):
    """Moondream Next (`fal-ai/moondream-next`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream-next/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream-next"
    input_model: ClassVar[type[MoondreamNextInput]] = MoondreamNextInput
    output_model: ClassVar[type[MoondreamNextOutput]] = MoondreamNextOutput
    Input = MoondreamNextInput
    Output = MoondreamNextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> MoondreamNextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[MoondreamNextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> MoondreamNextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        task_type: Literal["caption", "query"] | Omit = omit,
        prompt: str,
        max_tokens: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[MoondreamNextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Image URL to be processed. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            task_type: Type of task to perform. Default: "caption".
            prompt: Prompt for query task.
            max_tokens: Maximum number of tokens to generate. Default: 64. Limits: minimum 1,
                maximum 512.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "task_type": task_type,
                "prompt": prompt,
                "max_tokens": max_tokens,
            }
        )
        return self._stream(payload, options)
