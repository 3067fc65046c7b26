# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/moondream3-preview/caption` (Moondream3 Preview Caption)."""

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
from fal_models.models.moondream3_preview_caption import (
    Moondream3PreviewCaptionInput,
    Moondream3PreviewCaptionOutput,
)

__all__ = [
    "Moondream3PreviewCaption",
    "AsyncMoondream3PreviewCaption",
    "Moondream3PreviewCaptionInput",
    "Moondream3PreviewCaptionOutput",
]


class Moondream3PreviewCaption(
    SyncEndpoint[Moondream3PreviewCaptionInput, Moondream3PreviewCaptionOutput]
):
    """Moondream3 Preview Caption (`fal-ai/moondream3-preview/caption`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/caption"
    input_model: ClassVar[type[Moondream3PreviewCaptionInput]] = Moondream3PreviewCaptionInput
    output_model: ClassVar[type[Moondream3PreviewCaptionOutput]] = Moondream3PreviewCaptionOutput
    Input = Moondream3PreviewCaptionInput
    Output = Moondream3PreviewCaptionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Moondream3PreviewCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Moondream3PreviewCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Moondream3PreviewCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)


class AsyncMoondream3PreviewCaption(
    AsyncEndpoint[Moondream3PreviewCaptionInput, Moondream3PreviewCaptionOutput]
):
    """Moondream3 Preview Caption (`fal-ai/moondream3-preview/caption`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/moondream3-preview/caption/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/moondream3-preview/caption"
    input_model: ClassVar[type[Moondream3PreviewCaptionInput]] = Moondream3PreviewCaptionInput
    output_model: ClassVar[type[Moondream3PreviewCaptionOutput]] = Moondream3PreviewCaptionOutput
    Input = Moondream3PreviewCaptionInput
    Output = Moondream3PreviewCaptionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Moondream3PreviewCaptionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Moondream3PreviewCaptionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Moondream3PreviewCaptionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        length: Literal["short", "normal", "long"] | Omit = omit,
        temperature: float | None | Omit = omit,
        top_p: float | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Moondream3PreviewCaptionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to be processed. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            length: Length of the caption to generate. Default: "normal".
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
                "length": length,
                "temperature": temperature,
                "top_p": top_p,
            }
        )
        return self._stream(payload, options)
