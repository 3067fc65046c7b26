# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/x-ailab/nsfw` (X Ailab Nsfw)."""

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
from fal_models.models.x_ailab_nsfw import XAilabNsfwInput, XAilabNsfwOutput

__all__ = ["XAilabNsfw", "AsyncXAilabNsfw", "XAilabNsfwInput", "XAilabNsfwOutput"]


class XAilabNsfw(SyncEndpoint[XAilabNsfwInput, XAilabNsfwOutput]):
    """X Ailab Nsfw (`fal-ai/x-ailab/nsfw`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/x-ailab/nsfw/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/x-ailab/nsfw"
    input_model: ClassVar[type[XAilabNsfwInput]] = XAilabNsfwInput
    output_model: ClassVar[type[XAilabNsfwOutput]] = XAilabNsfwOutput
    Input = XAilabNsfwInput
    Output = XAilabNsfwOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> XAilabNsfwOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XAilabNsfwOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> XAilabNsfwOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XAilabNsfwOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncXAilabNsfw(AsyncEndpoint[XAilabNsfwInput, XAilabNsfwOutput]):
    """X Ailab Nsfw (`fal-ai/x-ailab/nsfw`).

    Category: vision. Docs: https://fal.ai/models/fal-ai/x-ailab/nsfw/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/x-ailab/nsfw"
    input_model: ClassVar[type[XAilabNsfwInput]] = XAilabNsfwInput
    output_model: ClassVar[type[XAilabNsfwOutput]] = XAilabNsfwOutput
    Input = XAilabNsfwInput
    Output = XAilabNsfwOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XAilabNsfwOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XAilabNsfwOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> XAilabNsfwOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XAilabNsfwOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of image URLs to check. If more than 10 images are provided, only the
                first 10 will be checked. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
