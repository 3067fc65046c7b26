# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/aura-sr` (Aura Sr)."""

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
from fal_models.models.aura_sr import AuraSrInput, AuraSrOutput

__all__ = ["AuraSr", "AsyncAuraSr", "AuraSrInput", "AuraSrOutput"]


class AuraSr(SyncEndpoint[AuraSrInput, AuraSrOutput]):
    """Aura Sr (`fal-ai/aura-sr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/aura-sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/aura-sr"
    input_model: ClassVar[type[AuraSrInput]] = AuraSrInput
    output_model: ClassVar[type[AuraSrOutput]] = AuraSrOutput
    Input = AuraSrInput
    Output = AuraSrOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> AuraSrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[AuraSrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AuraSrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[AuraSrOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return self._stream(payload, options)


class AsyncAuraSr(AsyncEndpoint[AuraSrInput, AuraSrOutput]):
    """Aura Sr (`fal-ai/aura-sr`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/aura-sr/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/aura-sr"
    input_model: ClassVar[type[AuraSrInput]] = AuraSrInput
    output_model: ClassVar[type[AuraSrOutput]] = AuraSrOutput
    Input = AuraSrInput
    Output = AuraSrOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> AuraSrOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[AuraSrOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> AuraSrOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: Literal[4] | Omit = omit,
        overlapping_tiles: bool | Omit = omit,
        checkpoint: Literal["v1", "v2"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[AuraSrOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL of the image to upscale. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            upscale_factor: Upscaling factor. More coming soon. Default: 4.
            overlapping_tiles: Whether to use overlapping tiles for upscaling. Setting this to true
                helps remove seams but doubles the inference time. Default: false.
            checkpoint: Checkpoint to use for upscaling. More coming soon. Default: "v1".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "overlapping_tiles": overlapping_tiles,
                "checkpoint": checkpoint,
            }
        )
        return self._stream(payload, options)
