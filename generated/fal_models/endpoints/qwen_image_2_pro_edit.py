# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-2/pro/edit` (Qwen Image 2 Pro Edit)."""

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
from fal_models.models.qwen_image_2_pro_edit import (
    ImageSizePreset,
    QwenImage2ProEditInput,
    QwenImage2ProEditOutput,
)

__all__ = [
    "QwenImage2ProEdit",
    "AsyncQwenImage2ProEdit",
    "QwenImage2ProEditInput",
    "QwenImage2ProEditOutput",
]


class QwenImage2ProEdit(SyncEndpoint[QwenImage2ProEditInput, QwenImage2ProEditOutput]):
    """Qwen Image 2 Pro Edit (`fal-ai/qwen-image-2/pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-2/pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2/pro/edit"
    input_model: ClassVar[type[QwenImage2ProEditInput]] = QwenImage2ProEditInput
    output_model: ClassVar[type[QwenImage2ProEditOutput]] = QwenImage2ProEditOutput
    Input = QwenImage2ProEditInput
    Output = QwenImage2ProEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> QwenImage2ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImage2ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> QwenImage2ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImage2ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImage2ProEdit(AsyncEndpoint[QwenImage2ProEditInput, QwenImage2ProEditOutput]):
    """Qwen Image 2 Pro Edit (`fal-ai/qwen-image-2/pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-2/pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2/pro/edit"
    input_model: ClassVar[type[QwenImage2ProEditInput]] = QwenImage2ProEditInput
    output_model: ClassVar[type[QwenImage2ProEditOutput]] = QwenImage2ProEditOutput
    Input = QwenImage2ProEditInput
    Output = QwenImage2ProEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImage2ProEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImage2ProEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> QwenImage2ProEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImage2ProEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt describing the desired image. Supports Chinese and English;. Limits:
                min length 1.
            negative_prompt: Content to avoid in the generated image. Max 500 characters. Default:
                "". Limits: max length 500.
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used. Total number of pixels must be between 512x512 and
                2048x2048.
            enable_prompt_expansion: Enable LLM prompt optimization for better results. Default:
                true.
            seed: Random seed for reproducibility (0-2147483647).
            enable_safety_checker: Enable content moderation for input and output. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 6.
            output_format: The format of the generated image. Default: "png".
            image_urls: Reference images for editing (1-3 images required). Order matters: reference
                as 'image 1', 'image 2', 'image 3' in prompt. Resolution: 384-5000px each dimension.
                Max size: 10MB each. Formats: JPEG, JPG, PNG (no alpha), WEBP. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
