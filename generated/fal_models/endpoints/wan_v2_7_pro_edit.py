# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan/v2.7/pro/edit` (Wan V2.7 Pro Edit)."""

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
from fal_models.models import shared
from fal_models.models.wan_v2_7_pro_edit import (
    ImageSizePreset,
    WanV2_7ProEditInput,
    WanV2_7ProEditOutput,
)

__all__ = ["WanV2_7ProEdit", "AsyncWanV2_7ProEdit", "WanV2_7ProEditInput", "WanV2_7ProEditOutput"]


class WanV2_7ProEdit(SyncEndpoint[WanV2_7ProEditInput, WanV2_7ProEditOutput]):
    """Wan V2.7 Pro Edit (`fal-ai/wan/v2.7/pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.7/pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/pro/edit"
    input_model: ClassVar[type[WanV2_7ProEditInput]] = WanV2_7ProEditInput
    output_model: ClassVar[type[WanV2_7ProEditOutput]] = WanV2_7ProEditOutput
    Input = WanV2_7ProEditInput
    Output = WanV2_7ProEditOutput

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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> WanV2_7ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[WanV2_7ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[WanV2_7ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncWanV2_7ProEdit(AsyncEndpoint[WanV2_7ProEditInput, WanV2_7ProEditOutput]):
    """Wan V2.7 Pro Edit (`fal-ai/wan/v2.7/pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/wan/v2.7/pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan/v2.7/pro/edit"
    input_model: ClassVar[type[WanV2_7ProEditInput]] = WanV2_7ProEditInput
    output_model: ClassVar[type[WanV2_7ProEditOutput]] = WanV2_7ProEditOutput
    Input = WanV2_7ProEditInput
    Output = WanV2_7ProEditOutput

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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> WanV2_7ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[WanV2_7ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> WanV2_7ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
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
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[WanV2_7ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image edit. Supports Chinese and English.
                Limits: min length 1, max length 2000.
            image_urls: Reference images for editing (1-4 images required). Order matters: reference
                them as image 1, image 2, image 3, image 4 in the prompt. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: Output image size. Uses fal image size presets or explicit dimensions and is
                converted to DashScope size format. Default: "square_hd".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            enable_prompt_expansion: Enable DashScope prompt expansion. Supported only for image
                edit mode. Default: true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            output_format: The format of the generated images. Default: "jpeg".
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
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
