# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design` (Qwen Image Edit
Plus Lora Gallery Shirt Design).
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
from fal_models.models.qwen_image_edit_plus_lora_gallery_shirt_design import (
    ImageSizePreset,
    QwenImageEditPlusLoraGalleryShirtDesignInput,
    QwenImageEditPlusLoraGalleryShirtDesignOutput,
)

__all__ = [
    "QwenImageEditPlusLoraGalleryShirtDesign",
    "AsyncQwenImageEditPlusLoraGalleryShirtDesign",
    "QwenImageEditPlusLoraGalleryShirtDesignInput",
    "QwenImageEditPlusLoraGalleryShirtDesignOutput",
]


class QwenImageEditPlusLoraGalleryShirtDesign(
    SyncEndpoint[
        QwenImageEditPlusLoraGalleryShirtDesignInput, QwenImageEditPlusLoraGalleryShirtDesignOutput
    ]
):
    """Qwen Image Edit Plus Lora Gallery Shirt Design
    (`fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design`).

    Input model for Shirt Design endpoint - Put designs/graphics on people's shirts

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design"
    input_model: ClassVar[type[QwenImageEditPlusLoraGalleryShirtDesignInput]] = (
        QwenImageEditPlusLoraGalleryShirtDesignInput
    )
    output_model: ClassVar[type[QwenImageEditPlusLoraGalleryShirtDesignOutput]] = (
        QwenImageEditPlusLoraGalleryShirtDesignOutput
    )
    Input = QwenImageEditPlusLoraGalleryShirtDesignInput
    Output = QwenImageEditPlusLoraGalleryShirtDesignOutput

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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageEditPlusLoraGalleryShirtDesignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageEditPlusLoraGalleryShirtDesignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEditPlusLoraGalleryShirtDesignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageEditPlusLoraGalleryShirtDesignOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageEditPlusLoraGalleryShirtDesign(
    AsyncEndpoint[
        QwenImageEditPlusLoraGalleryShirtDesignInput, QwenImageEditPlusLoraGalleryShirtDesignOutput
    ]
):
    """Qwen Image Edit Plus Lora Gallery Shirt Design
    (`fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design`).

    Input model for Shirt Design endpoint - Put designs/graphics on people's shirts

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-plus-lora-gallery/shirt-design"
    input_model: ClassVar[type[QwenImageEditPlusLoraGalleryShirtDesignInput]] = (
        QwenImageEditPlusLoraGalleryShirtDesignInput
    )
    output_model: ClassVar[type[QwenImageEditPlusLoraGalleryShirtDesignOutput]] = (
        QwenImageEditPlusLoraGalleryShirtDesignOutput
    )
    Input = QwenImageEditPlusLoraGalleryShirtDesignInput
    Output = QwenImageEditPlusLoraGalleryShirtDesignOutput

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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageEditPlusLoraGalleryShirtDesignOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageEditPlusLoraGalleryShirtDesignOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEditPlusLoraGalleryShirtDesignOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
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
        prompt: str | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageEditPlusLoraGalleryShirtDesignOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_urls: The URLs of the images: first image is the person wearing a shirt, second
                image is the design/logo to put on the shirt. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
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
            prompt: Describe what design to put on the shirt. The model will apply the design from
                your input image onto the person's shirt. Default: "Put this design on their shirt".
            lora_scale: The scale factor for the LoRA model. Controls the strength of the LoRA
                effect. Default: 1. Limits: minimum 0, maximum 4.
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
                "prompt": prompt,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)
