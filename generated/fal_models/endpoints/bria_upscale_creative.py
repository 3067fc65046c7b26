# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `bria/upscale/creative` (Bria Upscale Creative)."""

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
from fal_models.models.bria_upscale_creative import (
    BriaUpscaleCreativeInput,
    BriaUpscaleCreativeOutput,
)

__all__ = [
    "BriaUpscaleCreative",
    "AsyncBriaUpscaleCreative",
    "BriaUpscaleCreativeInput",
    "BriaUpscaleCreativeOutput",
]


class BriaUpscaleCreative(SyncEndpoint[BriaUpscaleCreativeInput, BriaUpscaleCreativeOutput]):
    """Bria Upscale Creative (`bria/upscale/creative`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/upscale/creative/api
    """

    endpoint_id: ClassVar[str] = "bria/upscale/creative"
    input_model: ClassVar[type[BriaUpscaleCreativeInput]] = BriaUpscaleCreativeInput
    output_model: ClassVar[type[BriaUpscaleCreativeOutput]] = BriaUpscaleCreativeOutput
    Input = BriaUpscaleCreativeInput
    Output = BriaUpscaleCreativeOutput

    def subscribe(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaUpscaleCreativeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaUpscaleCreativeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaUpscaleCreativeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaUpscaleCreativeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaUpscaleCreative(AsyncEndpoint[BriaUpscaleCreativeInput, BriaUpscaleCreativeOutput]):
    """Bria Upscale Creative (`bria/upscale/creative`).

    Category: image-to-image. Docs: https://fal.ai/models/bria/upscale/creative/api
    """

    endpoint_id: ClassVar[str] = "bria/upscale/creative"
    input_model: ClassVar[type[BriaUpscaleCreativeInput]] = BriaUpscaleCreativeInput
    output_model: ClassVar[type[BriaUpscaleCreativeOutput]] = BriaUpscaleCreativeOutput
    Input = BriaUpscaleCreativeInput
    Output = BriaUpscaleCreativeOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaUpscaleCreativeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaUpscaleCreativeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaUpscaleCreativeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput | Omit = omit,
        seed: int | Omit = omit,
        preserve_alpha: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaUpscaleCreativeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: See fal's docs. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image). Default:
                "https://bria-datasets.s3.us-east-1.amazonaws.com/upscale/wild-west.png".
            seed: Random seed for reproducibility. Default: 5555. Limits: exclusive minimum 0.
            preserve_alpha: Preserve alpha channel from input image. Default: true.
            sync_mode: If true, returns the image directly in the response (increases latency).
                Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "seed": seed,
                "preserve_alpha": preserve_alpha,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
