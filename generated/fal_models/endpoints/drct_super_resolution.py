# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/drct-super-resolution` (Drct Super Resolution)."""

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
from fal_models.models.drct_super_resolution import (
    DrctSuperResolutionInput,
    DrctSuperResolutionOutput,
)

__all__ = [
    "DrctSuperResolution",
    "AsyncDrctSuperResolution",
    "DrctSuperResolutionInput",
    "DrctSuperResolutionOutput",
]


class DrctSuperResolution(SyncEndpoint[DrctSuperResolutionInput, DrctSuperResolutionOutput]):
    """Drct Super Resolution (`fal-ai/drct-super-resolution`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/drct-super-resolution/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/drct-super-resolution"
    input_model: ClassVar[type[DrctSuperResolutionInput]] = DrctSuperResolutionInput
    output_model: ClassVar[type[DrctSuperResolutionOutput]] = DrctSuperResolutionOutput
    Input = DrctSuperResolutionInput
    Output = DrctSuperResolutionOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> DrctSuperResolutionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[DrctSuperResolutionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DrctSuperResolutionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[DrctSuperResolutionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return self._stream(payload, options)


class AsyncDrctSuperResolution(AsyncEndpoint[DrctSuperResolutionInput, DrctSuperResolutionOutput]):
    """Drct Super Resolution (`fal-ai/drct-super-resolution`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/drct-super-resolution/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/drct-super-resolution"
    input_model: ClassVar[type[DrctSuperResolutionInput]] = DrctSuperResolutionInput
    output_model: ClassVar[type[DrctSuperResolutionOutput]] = DrctSuperResolutionOutput
    Input = DrctSuperResolutionInput
    Output = DrctSuperResolutionOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> DrctSuperResolutionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[DrctSuperResolutionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> DrctSuperResolutionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[DrctSuperResolutionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. Default: 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
            }
        )
        return self._stream(payload, options)
