# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imageutils/depth` (Imageutils Depth)."""

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
from fal_models.models.imageutils_depth import ImageutilsDepthInput, ImageutilsDepthOutput

__all__ = [
    "ImageutilsDepth",
    "AsyncImageutilsDepth",
    "ImageutilsDepthInput",
    "ImageutilsDepthOutput",
]


class ImageutilsDepth(SyncEndpoint[ImageutilsDepthInput, ImageutilsDepthOutput]):
    """Imageutils Depth (`fal-ai/imageutils/depth`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/depth/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/depth"
    input_model: ClassVar[type[ImageutilsDepthInput]] = ImageutilsDepthInput
    output_model: ClassVar[type[ImageutilsDepthOutput]] = ImageutilsDepthOutput
    Input = ImageutilsDepthInput
    Output = ImageutilsDepthOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageutilsDepthOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageutilsDepthOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsDepthOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageutilsDepthOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return self._stream(payload, options)


class AsyncImageutilsDepth(AsyncEndpoint[ImageutilsDepthInput, ImageutilsDepthOutput]):
    """Imageutils Depth (`fal-ai/imageutils/depth`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/depth/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/depth"
    input_model: ClassVar[type[ImageutilsDepthInput]] = ImageutilsDepthInput
    output_model: ClassVar[type[ImageutilsDepthOutput]] = ImageutilsDepthOutput
    Input = ImageutilsDepthInput
    Output = ImageutilsDepthOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageutilsDepthOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageutilsDepthOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsDepthOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        a: float | Omit = omit,
        bg_th: float | Omit = omit,
        depth_and_normal: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageutilsDepthOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            a: a. Default: 6.283185307179586.
            bg_th: bg_th. Default: 0.1.
            depth_and_normal: depth_and_normal. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "a": a,
                "bg_th": bg_th,
                "depth_and_normal": depth_and_normal,
            }
        )
        return self._stream(payload, options)
