# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-image` (Xai Grok Imagine Image)."""

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
from fal_models.models.xai_grok_imagine_image import (
    XaiGrokImagineImageInput,
    XaiGrokImagineImageOutput,
)

__all__ = [
    "XaiGrokImagineImage",
    "AsyncXaiGrokImagineImage",
    "XaiGrokImagineImageInput",
    "XaiGrokImagineImageOutput",
]


class XaiGrokImagineImage(SyncEndpoint[XaiGrokImagineImageInput, XaiGrokImagineImageOutput]):
    """Xai Grok Imagine Image (`xai/grok-imagine-image`).

    Category: text-to-image. Docs: https://fal.ai/models/xai/grok-imagine-image/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-image"
    input_model: ClassVar[type[XaiGrokImagineImageInput]] = XaiGrokImagineImageInput
    output_model: ClassVar[type[XaiGrokImagineImageOutput]] = XaiGrokImagineImageOutput
    Input = XaiGrokImagineImageInput
    Output = XaiGrokImagineImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineImage(AsyncEndpoint[XaiGrokImagineImageInput, XaiGrokImagineImageOutput]):
    """Xai Grok Imagine Image (`xai/grok-imagine-image`).

    Category: text-to-image. Docs: https://fal.ai/models/xai/grok-imagine-image/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-image"
    input_model: ClassVar[type[XaiGrokImagineImageInput]] = XaiGrokImagineImageInput
    output_model: ClassVar[type[XaiGrokImagineImageOutput]] = XaiGrokImagineImageOutput
    Input = XaiGrokImagineImageInput
    Output = XaiGrokImagineImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "2:1",
            "20:9",
            "19.5:9",
            "16:9",
            "4:3",
            "3:2",
            "1:1",
            "2:3",
            "3:4",
            "9:16",
            "9:19.5",
            "9:20",
            "1:2",
        ]
        | Omit = omit,
        resolution: Literal["1k", "2k"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the generated image. Default: "1:1".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
