# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.7/text-to-image` (Wan V2.7 Text To Image)."""

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
from fal_models.models import shared
from fal_models.models.wan_v2_7_text_to_image import (
    ImageSizePreset,
    WanV2_7TextToImageInput,
    WanV2_7TextToImageOutput,
)

__all__ = [
    "WanV2_7TextToImage",
    "AsyncWanV2_7TextToImage",
    "WanV2_7TextToImageInput",
    "WanV2_7TextToImageOutput",
]


class WanV2_7TextToImage(SyncEndpoint[WanV2_7TextToImageInput, WanV2_7TextToImageOutput]):
    """Wan V2.7 Text To Image (`fal-ai/wan/v2.7/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.7/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/text-to-image"
    input_model: ClassVar[type[WanV2_7TextToImageInput]] = WanV2_7TextToImageInput
    output_model: ClassVar[type[WanV2_7TextToImageOutput]] = WanV2_7TextToImageOutput
    Input = WanV2_7TextToImageInput
    Output = WanV2_7TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_7TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_7TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_7TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_7TextToImage(AsyncEndpoint[WanV2_7TextToImageInput, WanV2_7TextToImageOutput]):
    """Wan V2.7 Text To Image (`fal-ai/wan/v2.7/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.7/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/text-to-image"
    input_model: ClassVar[type[WanV2_7TextToImageInput]] = WanV2_7TextToImageInput
    output_model: ClassVar[type[WanV2_7TextToImageOutput]] = WanV2_7TextToImageOutput
    Input = WanV2_7TextToImageInput
    Output = WanV2_7TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_7TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_7TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_7TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired output. Supports Chinese and English. Limits:
                min length 1, max length 2000.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Default: "square_hd".
            max_images: Maximum number of images to generate (1-5). Default: 1. Limits: minimum 1,
                maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
