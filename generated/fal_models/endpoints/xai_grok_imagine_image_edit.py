# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `xai/grok-imagine-image/edit` (Xai Grok Imagine Image Edit)."""

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
from fal_models.models.xai_grok_imagine_image_edit import (
    XaiGrokImagineImageEditInput,
    XaiGrokImagineImageEditOutput,
)

__all__ = [
    "XaiGrokImagineImageEdit",
    "AsyncXaiGrokImagineImageEdit",
    "XaiGrokImagineImageEditInput",
    "XaiGrokImagineImageEditOutput",
]


class XaiGrokImagineImageEdit(
    SyncEndpoint[XaiGrokImagineImageEditInput, XaiGrokImagineImageEditOutput]
):
    """Xai Grok Imagine Image Edit (`xai/grok-imagine-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/xai/grok-imagine-image/edit/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-image/edit"
    input_model: ClassVar[type[XaiGrokImagineImageEditInput]] = XaiGrokImagineImageEditInput
    output_model: ClassVar[type[XaiGrokImagineImageEditOutput]] = XaiGrokImagineImageEditOutput
    Input = XaiGrokImagineImageEditInput
    Output = XaiGrokImagineImageEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> XaiGrokImagineImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[XaiGrokImagineImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[XaiGrokImagineImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncXaiGrokImagineImageEdit(
    AsyncEndpoint[XaiGrokImagineImageEditInput, XaiGrokImagineImageEditOutput]
):
    """Xai Grok Imagine Image Edit (`xai/grok-imagine-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/xai/grok-imagine-image/edit/api
    """

    endpoint_id: ClassVar[str] = "xai/grok-imagine-image/edit"
    input_model: ClassVar[type[XaiGrokImagineImageEditInput]] = XaiGrokImagineImageEditInput
    output_model: ClassVar[type[XaiGrokImagineImageEditOutput]] = XaiGrokImagineImageEditOutput
    Input = XaiGrokImagineImageEditInput
    Output = XaiGrokImagineImageEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> XaiGrokImagineImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[XaiGrokImagineImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> XaiGrokImagineImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        aspect_ratio: Literal[
            "auto",
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
        image_urls: list[FileInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[XaiGrokImagineImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            aspect_ratio: Aspect ratio of the edited image. When set to `auto` (the default), the
                output preserves the aspect ratio of the first input image. Default: "auto".
            resolution: Resolution of the generated image. `1k` for standard resolution, `2k` for
                high resolution. Default: "1k".
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: List of URLs of the images to edit. A maximum of 3 images are supported.
                Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
