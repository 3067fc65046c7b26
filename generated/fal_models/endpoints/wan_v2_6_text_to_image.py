# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `wan/v2.6/text-to-image` (Wan V2.6 Text To Image)."""

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
from fal_models.models import shared
from fal_models.models.wan_v2_6_text_to_image import (
    ImageSizePreset,
    WanV2_6TextToImageInput,
    WanV2_6TextToImageOutput,
)

__all__ = [
    "WanV2_6TextToImage",
    "AsyncWanV2_6TextToImage",
    "WanV2_6TextToImageInput",
    "WanV2_6TextToImageOutput",
]


class WanV2_6TextToImage(SyncEndpoint[WanV2_6TextToImageInput, WanV2_6TextToImageOutput]):
    """Wan V2.6 Text To Image (`wan/v2.6/text-to-image`).

    Input for Wan 2.6 text-to-image or mixed text-and-image generation (enable_interleave=true)

    Category: text-to-image. Docs: https://fal.ai/models/wan/v2.6/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/text-to-image"
    input_model: ClassVar[type[WanV2_6TextToImageInput]] = WanV2_6TextToImageInput
    output_model: ClassVar[type[WanV2_6TextToImageOutput]] = WanV2_6TextToImageOutput
    Input = WanV2_6TextToImageInput
    Output = WanV2_6TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_6TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_6TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_6TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_6TextToImage(AsyncEndpoint[WanV2_6TextToImageInput, WanV2_6TextToImageOutput]):
    """Wan V2.6 Text To Image (`wan/v2.6/text-to-image`).

    Input for Wan 2.6 text-to-image or mixed text-and-image generation (enable_interleave=true)

    Category: text-to-image. Docs: https://fal.ai/models/wan/v2.6/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/text-to-image"
    input_model: ClassVar[type[WanV2_6TextToImageInput]] = WanV2_6TextToImageInput
    output_model: ClassVar[type[WanV2_6TextToImageOutput]] = WanV2_6TextToImageOutput
    Input = WanV2_6TextToImageInput
    Output = WanV2_6TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_6TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_6TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput | None | Omit = omit,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_6TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Limits: min length 1.
            image_url: Optional reference image (0 or 1). When provided, can be used for style
                guidance. Resolution: 384-5000px each dimension. Max size: 10MB. Formats: JPEG, JPG,
                PNG (no alpha), BMP, WEBP. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. If not set: matches input image size (up to 1280*1280).
                Use presets like 'square_hd', 'landscape_16_9', or specify exact dimensions.
            max_images: Maximum number of images to generate (1-5). Actual count may be less
                depending on model inference. Default: 1. Limits: minimum 1, maximum 5.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "max_images": max_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
