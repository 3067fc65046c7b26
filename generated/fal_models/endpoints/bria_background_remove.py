# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/background/remove` (Bria Background Remove)."""

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
from fal_models.models.bria_background_remove import (
    BriaBackgroundRemoveInput,
    BriaBackgroundRemoveOutput,
)

__all__ = [
    "BriaBackgroundRemove",
    "AsyncBriaBackgroundRemove",
    "BriaBackgroundRemoveInput",
    "BriaBackgroundRemoveOutput",
]


class BriaBackgroundRemove(SyncEndpoint[BriaBackgroundRemoveInput, BriaBackgroundRemoveOutput]):
    """Bria Background Remove (`fal-ai/bria/background/remove`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/background/remove/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/background/remove"
    input_model: ClassVar[type[BriaBackgroundRemoveInput]] = BriaBackgroundRemoveInput
    output_model: ClassVar[type[BriaBackgroundRemoveOutput]] = BriaBackgroundRemoveOutput
    Input = BriaBackgroundRemoveInput
    Output = BriaBackgroundRemoveOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaBackgroundRemoveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaBackgroundRemoveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaBackgroundRemoveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaBackgroundRemoveOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaBackgroundRemove(
    AsyncEndpoint[BriaBackgroundRemoveInput, BriaBackgroundRemoveOutput]
):
    """Bria Background Remove (`fal-ai/bria/background/remove`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/background/remove/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/background/remove"
    input_model: ClassVar[type[BriaBackgroundRemoveInput]] = BriaBackgroundRemoveInput
    output_model: ClassVar[type[BriaBackgroundRemoveOutput]] = BriaBackgroundRemoveOutput
    Input = BriaBackgroundRemoveInput
    Output = BriaBackgroundRemoveOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaBackgroundRemoveOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaBackgroundRemoveOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaBackgroundRemoveOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaBackgroundRemoveOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image to remove background from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
