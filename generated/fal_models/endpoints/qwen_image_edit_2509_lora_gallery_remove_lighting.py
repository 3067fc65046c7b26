# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting` (Qwen Image
Edit 2509 Lora Gallery Remove Lighting).
"""

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
from fal_models.models.qwen_image_edit_2509_lora_gallery_remove_lighting import (
    ImageSizePreset,
    QwenImageEdit2509LoraGalleryRemoveLightingInput,
    QwenImageEdit2509LoraGalleryRemoveLightingOutput,
)

__all__ = [
    "QwenImageEdit2509LoraGalleryRemoveLighting",
    "AsyncQwenImageEdit2509LoraGalleryRemoveLighting",
    "QwenImageEdit2509LoraGalleryRemoveLightingInput",
    "QwenImageEdit2509LoraGalleryRemoveLightingOutput",
]


class QwenImageEdit2509LoraGalleryRemoveLighting(
    SyncEndpoint[
        QwenImageEdit2509LoraGalleryRemoveLightingInput,
        QwenImageEdit2509LoraGalleryRemoveLightingOutput,
    ]
):
    """Qwen Image Edit 2509 Lora Gallery Remove Lighting
    (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting`).

    Input model for Remove Lighting endpoint - Remove existing lighting and apply soft even
    lighting

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting"
    input_model: ClassVar[type[QwenImageEdit2509LoraGalleryRemoveLightingInput]] = (
        QwenImageEdit2509LoraGalleryRemoveLightingInput
    )
    output_model: ClassVar[type[QwenImageEdit2509LoraGalleryRemoveLightingOutput]] = (
        QwenImageEdit2509LoraGalleryRemoveLightingOutput
    )
    Input = QwenImageEdit2509LoraGalleryRemoveLightingInput
    Output = QwenImageEdit2509LoraGalleryRemoveLightingOutput

    def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageEdit2509LoraGalleryRemoveLightingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageEdit2509LoraGalleryRemoveLightingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEdit2509LoraGalleryRemoveLightingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageEdit2509LoraGalleryRemoveLightingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageEdit2509LoraGalleryRemoveLighting(
    AsyncEndpoint[
        QwenImageEdit2509LoraGalleryRemoveLightingInput,
        QwenImageEdit2509LoraGalleryRemoveLightingOutput,
    ]
):
    """Qwen Image Edit 2509 Lora Gallery Remove Lighting
    (`fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting`).

    Input model for Remove Lighting endpoint - Remove existing lighting and apply soft even
    lighting

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2509-lora-gallery/remove-lighting"
    input_model: ClassVar[type[QwenImageEdit2509LoraGalleryRemoveLightingInput]] = (
        QwenImageEdit2509LoraGalleryRemoveLightingInput
    )
    output_model: ClassVar[type[QwenImageEdit2509LoraGalleryRemoveLightingOutput]] = (
        QwenImageEdit2509LoraGalleryRemoveLightingOutput
    )
    Input = QwenImageEdit2509LoraGalleryRemoveLightingInput
    Output = QwenImageEdit2509LoraGalleryRemoveLightingOutput

    async def subscribe(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageEdit2509LoraGalleryRemoveLightingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageEdit2509LoraGalleryRemoveLightingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEdit2509LoraGalleryRemoveLightingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageEdit2509LoraGalleryRemoveLightingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URL of the image with lighting/shadows to remove. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. If not provided, the size of the final
                input image will be used.
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 1. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 2, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            negative_prompt: The negative prompt for the generation. Default: " ".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_urls": image_urls,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
            }
        )
        return self._stream(payload, options)
