# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ideogram/remove-background` (Ideogram Remove Background)."""

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
from fal_models.models.ideogram_remove_background import (
    IdeogramRemoveBackgroundInput,
    IdeogramRemoveBackgroundOutput,
)

__all__ = [
    "IdeogramRemoveBackground",
    "AsyncIdeogramRemoveBackground",
    "IdeogramRemoveBackgroundInput",
    "IdeogramRemoveBackgroundOutput",
]


class IdeogramRemoveBackground(
    SyncEndpoint[IdeogramRemoveBackgroundInput, IdeogramRemoveBackgroundOutput]
):
    """Ideogram Remove Background (`fal-ai/ideogram/remove-background`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/remove-background/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/remove-background"
    input_model: ClassVar[type[IdeogramRemoveBackgroundInput]] = IdeogramRemoveBackgroundInput
    output_model: ClassVar[type[IdeogramRemoveBackgroundOutput]] = IdeogramRemoveBackgroundOutput
    Input = IdeogramRemoveBackgroundInput
    Output = IdeogramRemoveBackgroundOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> IdeogramRemoveBackgroundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> RequestHandle[IdeogramRemoveBackgroundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> IdeogramRemoveBackgroundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> EndpointStream[IdeogramRemoveBackgroundOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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


class AsyncIdeogramRemoveBackground(
    AsyncEndpoint[IdeogramRemoveBackgroundInput, IdeogramRemoveBackgroundOutput]
):
    """Ideogram Remove Background (`fal-ai/ideogram/remove-background`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/ideogram/remove-background/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ideogram/remove-background"
    input_model: ClassVar[type[IdeogramRemoveBackgroundInput]] = IdeogramRemoveBackgroundInput
    output_model: ClassVar[type[IdeogramRemoveBackgroundOutput]] = IdeogramRemoveBackgroundOutput
    Input = IdeogramRemoveBackgroundInput
    Output = IdeogramRemoveBackgroundOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> IdeogramRemoveBackgroundOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> AsyncRequestHandle[IdeogramRemoveBackgroundOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> IdeogramRemoveBackgroundOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
    ) -> AsyncEndpointStream[IdeogramRemoveBackgroundOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL whose background needs to be removed. The foreground subject is
                preserved against a transparent background. JPEG, PNG and WebP formats are supported
                (maximum file size 10MB). Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
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
