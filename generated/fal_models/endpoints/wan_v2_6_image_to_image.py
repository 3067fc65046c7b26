# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `wan/v2.6/image-to-image` (Wan V2.6 Image To Image)."""

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
from fal_models.models.wan_v2_6_image_to_image import (
    ImageSizePreset,
    WanV2_6ImageToImageInput,
    WanV2_6ImageToImageOutput,
)

__all__ = [
    "WanV2_6ImageToImage",
    "AsyncWanV2_6ImageToImage",
    "WanV2_6ImageToImageInput",
    "WanV2_6ImageToImageOutput",
]


class WanV2_6ImageToImage(SyncEndpoint[WanV2_6ImageToImageInput, WanV2_6ImageToImageOutput]):
    """Wan V2.6 Image To Image (`wan/v2.6/image-to-image`).

    Input for Wan 2.6 image editing with reference images (enable_interleave=false)

    Category: image-to-image. Docs: https://fal.ai/models/wan/v2.6/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/image-to-image"
    input_model: ClassVar[type[WanV2_6ImageToImageInput]] = WanV2_6ImageToImageInput
    output_model: ClassVar[type[WanV2_6ImageToImageOutput]] = WanV2_6ImageToImageOutput
    Input = WanV2_6ImageToImageInput
    Output = WanV2_6ImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_6ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_6ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_6ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_6ImageToImage(AsyncEndpoint[WanV2_6ImageToImageInput, WanV2_6ImageToImageOutput]):
    """Wan V2.6 Image To Image (`wan/v2.6/image-to-image`).

    Input for Wan 2.6 image editing with reference images (enable_interleave=false)

    Category: image-to-image. Docs: https://fal.ai/models/wan/v2.6/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "wan/v2.6/image-to-image"
    input_model: ClassVar[type[WanV2_6ImageToImageInput]] = WanV2_6ImageToImageInput
    output_model: ClassVar[type[WanV2_6ImageToImageOutput]] = WanV2_6ImageToImageOutput
    Input = WanV2_6ImageToImageInput
    Output = WanV2_6ImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_6ImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_6ImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_6ImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_6ImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English. Max 2000
                characters. Example: 'Generate an image using the style of image 1 and background of
                image 2'. Limits: min length 1.
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), BMP, WEBP. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "".
            image_size: Output image size. Use presets like 'square_hd', 'landscape_16_9',
                'portrait_9_16', or specify exact dimensions with ImageSize(width=1280, height=720).
                Total pixels must be between 768*768 and 1280*1280. Default: "square_hd".
            num_images: Number of images to generate (1-4). Directly affects billing cost. Default:
                1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: Enable LLM prompt optimization. Significantly improves results
                for simple prompts but adds 3-4 seconds processing time. Default: true.
            seed: Random seed for reproducibility (0-2147483647). Same seed produces more consistent
                results.
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
