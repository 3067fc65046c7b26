# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imageutils/rembg` (Imageutils Rembg)."""

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
from fal_models.models.imageutils_rembg import ImageutilsRembgInput, ImageutilsRembgOutput

__all__ = [
    "ImageutilsRembg",
    "AsyncImageutilsRembg",
    "ImageutilsRembgInput",
    "ImageutilsRembgOutput",
]


class ImageutilsRembg(SyncEndpoint[ImageutilsRembgInput, ImageutilsRembgOutput]):
    """Imageutils Rembg (`fal-ai/imageutils/rembg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/rembg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/rembg"
    input_model: ClassVar[type[ImageutilsRembgInput]] = ImageutilsRembgInput
    output_model: ClassVar[type[ImageutilsRembgOutput]] = ImageutilsRembgOutput
    Input = ImageutilsRembgInput
    Output = ImageutilsRembgOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ImageutilsRembgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ImageutilsRembgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsRembgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ImageutilsRembgOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return self._stream(payload, options)


class AsyncImageutilsRembg(AsyncEndpoint[ImageutilsRembgInput, ImageutilsRembgOutput]):
    """Imageutils Rembg (`fal-ai/imageutils/rembg`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/imageutils/rembg/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imageutils/rembg"
    input_model: ClassVar[type[ImageutilsRembgInput]] = ImageutilsRembgInput
    output_model: ClassVar[type[ImageutilsRembgOutput]] = ImageutilsRembgOutput
    Input = ImageutilsRembgInput
    Output = ImageutilsRembgOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ImageutilsRembgOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ImageutilsRembgOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ImageutilsRembgOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        crop_to_bbox: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ImageutilsRembgOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input image url. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            crop_to_bbox: If set to true, the resulting image be cropped to a bounding box around
                the subject. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "sync_mode": sync_mode,
                "crop_to_bbox": crop_to_bbox,
            }
        )
        return self._stream(payload, options)
