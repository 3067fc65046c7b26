# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-image/v3/image-to-image` (Kling Image V3 Image To Image)."""

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
from fal_models.models.kling_image_v3_image_to_image import (
    ElementInput,
    KlingImageV3ImageToImageInput,
    KlingImageV3ImageToImageOutput,
)

__all__ = [
    "KlingImageV3ImageToImage",
    "AsyncKlingImageV3ImageToImage",
    "KlingImageV3ImageToImageInput",
    "KlingImageV3ImageToImageOutput",
]


class KlingImageV3ImageToImage(
    SyncEndpoint[KlingImageV3ImageToImageInput, KlingImageV3ImageToImageOutput]
):
    """Kling Image V3 Image To Image (`fal-ai/kling-image/v3/image-to-image`).

    Request model for Kling V3 Image-to-Image Generation.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/v3/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/v3/image-to-image"
    input_model: ClassVar[type[KlingImageV3ImageToImageInput]] = KlingImageV3ImageToImageInput
    output_model: ClassVar[type[KlingImageV3ImageToImageOutput]] = KlingImageV3ImageToImageOutput
    Input = KlingImageV3ImageToImageInput
    Output = KlingImageV3ImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingImageV3ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingImageV3ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageV3ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingImageV3ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncKlingImageV3ImageToImage(
    AsyncEndpoint[KlingImageV3ImageToImageInput, KlingImageV3ImageToImageOutput]
):
    """Kling Image V3 Image To Image (`fal-ai/kling-image/v3/image-to-image`).

    Request model for Kling V3 Image-to-Image Generation.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/v3/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/v3/image-to-image"
    input_model: ClassVar[type[KlingImageV3ImageToImageInput]] = KlingImageV3ImageToImageInput
    output_model: ClassVar[type[KlingImageV3ImageToImageOutput]] = KlingImageV3ImageToImageOutput
    Input = KlingImageV3ImageToImageInput
    Output = KlingImageV3ImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingImageV3ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingImageV3ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageV3ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K"] | Omit = omit,
        num_images: int | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingImageV3ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            image_url: Reference image for image-to-image generation. Max file size: 10.0MB, Min
                width: 300px, Min height: 300px, Min aspect ratio: 0.40, Max aspect ratio: 2.50,
                Timeout: 20.0s. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image).
            elements: Optional: Elements (characters/objects) to include in the image for face
                control.
            resolution: Image generation resolution. 1K: standard, 2K: high-res. Default: "1K".
            num_images: Number of images to generate (1-9). Default: 1. Limits: minimum 1, maximum
                9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "elements": elements,
                "resolution": resolution,
                "num_images": num_images,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
