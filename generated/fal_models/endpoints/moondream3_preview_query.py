# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream3-preview/query` (Moondream3 Preview Query)."""

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
from fal_models.models.moondream3_preview_query import (
    Moondream3PreviewQueryInput,
    Moondream3PreviewQueryOutput,
)

__all__ = [
    "Moondream3PreviewQuery",
    "AsyncMoondream3PreviewQuery",
    "Moondream3PreviewQueryInput",
    "Moondream3PreviewQueryOutput",
]


class Moondream3PreviewQuery(
    SyncEndpoint[Moondream3PreviewQueryInput, Moondream3PreviewQueryOutput]
):
    """Moondream3 Preview Query (`fal-ai/moondream3-preview/query`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/query/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/query"
    input_model: ClassVar[type[Moondream3PreviewQueryInput]] = Moondream3PreviewQueryInput
    output_model: ClassVar[type[Moondream3PreviewQueryOutput]] = Moondream3PreviewQueryOutput
    Input = Moondream3PreviewQueryInput
    Output = Moondream3PreviewQueryOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream3PreviewQueryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream3PreviewQueryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewQueryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream3PreviewQueryOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream3PreviewQuery(
    AsyncEndpoint[Moondream3PreviewQueryInput, Moondream3PreviewQueryOutput]
):
    """Moondream3 Preview Query (`fal-ai/moondream3-preview/query`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/query/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/query"
    input_model: ClassVar[type[Moondream3PreviewQueryInput]] = Moondream3PreviewQueryInput
    output_model: ClassVar[type[Moondream3PreviewQueryOutput]] = Moondream3PreviewQueryOutput
    Input = Moondream3PreviewQueryInput
    Output = Moondream3PreviewQueryOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream3PreviewQueryOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream3PreviewQueryOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewQueryOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
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
        reasoning: bool | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream3PreviewQueryOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            prompt: Query to be asked in the image. Limits: min length 1.
            reasoning: Whether to include detailed reasoning behind the answer. Default: true.
            temperature: Sampling temperature to use, between 0 and 1. Higher values like 0.8 will
                make the output more random, while lower values like 0.2 will make it more focused
                and deterministic. If not set, defaults to 0. Limits: minimum 0, maximum 1.
            top_p: Nucleus sampling probability mass to use, between 0 and 1. Limits: minimum 0,
                maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "reasoning": reasoning,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)
