# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/kling-image/o3/text-to-image` (Kling Image O3 Text To Image)."""

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
from fal_models.models.kling_image_o3_text_to_image import (
    ElementInput,
    KlingImageO3TextToImageInput,
    KlingImageO3TextToImageOutput,
)

__all__ = [
    "KlingImageO3TextToImage",
    "AsyncKlingImageO3TextToImage",
    "KlingImageO3TextToImageInput",
    "KlingImageO3TextToImageOutput",
]


class KlingImageO3TextToImage(
    SyncEndpoint[KlingImageO3TextToImageInput, KlingImageO3TextToImageOutput]
):
    """Kling Image O3 Text To Image (`fal-ai/kling-image/o3/text-to-image`).

    Request model for Kling O3 Text-to-Image Generation.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/o3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/o3/text-to-image"
    input_model: ClassVar[type[KlingImageO3TextToImageInput]] = KlingImageO3TextToImageInput
    output_model: ClassVar[type[KlingImageO3TextToImageOutput]] = KlingImageO3TextToImageOutput
    Input = KlingImageO3TextToImageInput
    Output = KlingImageO3TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> KlingImageO3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[KlingImageO3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageO3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[KlingImageO3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncKlingImageO3TextToImage(
    AsyncEndpoint[KlingImageO3TextToImageInput, KlingImageO3TextToImageOutput]
):
    """Kling Image O3 Text To Image (`fal-ai/kling-image/o3/text-to-image`).

    Request model for Kling O3 Text-to-Image Generation.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/kling-image/o3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/kling-image/o3/text-to-image"
    input_model: ClassVar[type[KlingImageO3TextToImageInput]] = KlingImageO3TextToImageInput
    output_model: ClassVar[type[KlingImageO3TextToImageOutput]] = KlingImageO3TextToImageOutput
    Input = KlingImageO3TextToImageInput
    Output = KlingImageO3TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> KlingImageO3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[KlingImageO3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> KlingImageO3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
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
        elements: list[ElementInput] | None | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        result_type: Literal["single", "series"] | Omit = omit,
        num_images: int | Omit = omit,
        series_amount: int | None | Omit = omit,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[KlingImageO3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Max 2500 characters. Limits: max length 2500.
            elements: Optional: Elements (characters/objects) for face control. Reference in prompt
                as @Element1, @Element2, etc.
            resolution: Image generation resolution. 1K: standard, 2K: high-res, 4K: ultra high-res.
                Default: "1K".
            result_type: Result type. 'single' for one image, 'series' for a series of related
                images. Default: "single".
            num_images: Number of images to generate (1-9). Only used when result_type is 'single'.
                Default: 1. Limits: minimum 1, maximum 9.
            series_amount: Number of images in series (2-9). Only used when result_type is 'series'.
                Limits: minimum 2, maximum 9.
            aspect_ratio: Aspect ratio of generated images. Default: "16:9".
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "elements": elements,
                "resolution": resolution,
                "result_type": result_type,
                "num_images": num_images,
                "series_amount": series_amount,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
