# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/dreamomni2/edit` (Dreamomni2 Edit)."""

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
from fal_models.models.dreamomni2_edit import Dreamomni2EditInput, Dreamomni2EditOutput

__all__ = ["Dreamomni2Edit", "AsyncDreamomni2Edit", "Dreamomni2EditInput", "Dreamomni2EditOutput"]


class Dreamomni2Edit(SyncEndpoint[Dreamomni2EditInput, Dreamomni2EditOutput]):
    """Dreamomni2 Edit (`fal-ai/dreamomni2/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/dreamomni2/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamomni2/edit"
    input_model: ClassVar[type[Dreamomni2EditInput]] = Dreamomni2EditInput
    output_model: ClassVar[type[Dreamomni2EditOutput]] = Dreamomni2EditOutput
    Input = Dreamomni2EditInput
    Output = Dreamomni2EditOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[SubscribeOptions],
    ) -> Dreamomni2EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Dreamomni2EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Dreamomni2EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Dreamomni2EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)


class AsyncDreamomni2Edit(AsyncEndpoint[Dreamomni2EditInput, Dreamomni2EditOutput]):
    """Dreamomni2 Edit (`fal-ai/dreamomni2/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/dreamomni2/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/dreamomni2/edit"
    input_model: ClassVar[type[Dreamomni2EditInput]] = Dreamomni2EditInput
    output_model: ClassVar[type[Dreamomni2EditOutput]] = Dreamomni2EditOutput
    Input = Dreamomni2EditInput
    Output = Dreamomni2EditOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Dreamomni2EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Dreamomni2EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[RunOptions],
    ) -> Dreamomni2EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        prompt: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Dreamomni2EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: List of URLs of input images for editing. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            prompt: The prompt to edit the image.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "prompt": prompt,
            }
        )
        return self._stream(payload, options)
