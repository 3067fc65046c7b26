# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/llava-next` (Llava Next)."""

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
from fal_models.models.llava_next import LlavaNextInput, LlavaNextOutput

__all__ = ["LlavaNext", "AsyncLlavaNext", "LlavaNextInput", "LlavaNextOutput"]


class LlavaNext(SyncEndpoint[LlavaNextInput, LlavaNextOutput]):
    """Llava Next (`fal-ai/llava-next`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/llava-next/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/llava-next"
    input_model: ClassVar[type[LlavaNextInput]] = LlavaNextInput
    output_model: ClassVar[type[LlavaNextOutput]] = LlavaNextOutput
    Input = LlavaNextInput
    Output = LlavaNextOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LlavaNextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LlavaNextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LlavaNextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LlavaNextOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)


class AsyncLlavaNext(AsyncEndpoint[LlavaNextInput, LlavaNextOutput]):
    """Llava Next (`fal-ai/llava-next`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/llava-next/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/llava-next"
    input_model: ClassVar[type[LlavaNextInput]] = LlavaNextInput
    output_model: ClassVar[type[LlavaNextOutput]] = LlavaNextOutput
    Input = LlavaNextInput
    Output = LlavaNextOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LlavaNextOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LlavaNextOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LlavaNextOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        max_tokens: int | Omit = omit,
        temperature: float | Omit = omit,
        top_p: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LlavaNextOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Prompt to be used for the image.
            max_tokens: Maximum number of tokens to generate. Default: 64. Not checked by the
                client: slider min 32, max 1024.
            temperature: Temperature for sampling. Default: 0.2. Limits: maximum 1, exclusive
                minimum 0.
            top_p: Top P for sampling. Default: 1. Limits: minimum 0, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "max_tokens": max_tokens,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)
