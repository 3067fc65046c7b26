# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sa2va/4b/image` (Sa2va 4b Image)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from fal_models._endpoint import AsyncEndpoint, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._streams import AsyncEndpointStream, EndpointStream
from fal_models._types import (
    AsyncSubscribeOptions,
    RunOptions,
    StreamOptions,
    SubmitOptions,
    SubscribeOptions,
)
from fal_models._uploads import FileInput
from fal_models.models.sa2va_v4b_image import Sa2va4bImageInput, Sa2va4bImageOutput

__all__ = ["Sa2va4bImage", "AsyncSa2va4bImage", "Sa2va4bImageInput", "Sa2va4bImageOutput"]


class Sa2va4bImage(SyncEndpoint[Sa2va4bImageInput, Sa2va4bImageOutput]):
    """Sa2va 4b Image (`fal-ai/sa2va/4b/image`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sa2va/4b/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sa2va/4b/image"
    input_model: ClassVar[type[Sa2va4bImageInput]] = Sa2va4bImageInput
    output_model: ClassVar[type[Sa2va4bImageOutput]] = Sa2va4bImageOutput
    Input = Sa2va4bImageInput
    Output = Sa2va4bImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> Sa2va4bImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sa2va4bImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Sa2va4bImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sa2va4bImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncSa2va4bImage(AsyncEndpoint[Sa2va4bImageInput, Sa2va4bImageOutput]):
    """Sa2va 4b Image (`fal-ai/sa2va/4b/image`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/sa2va/4b/image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sa2va/4b/image"
    input_model: ClassVar[type[Sa2va4bImageInput]] = Sa2va4bImageInput
    output_model: ClassVar[type[Sa2va4bImageOutput]] = Sa2va4bImageOutput
    Input = Sa2va4bImageInput
    Output = Sa2va4bImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sa2va4bImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sa2va4bImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> Sa2va4bImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sa2va4bImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Prompt to be used for the chat completion.
            image_url: Url for the Input image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
