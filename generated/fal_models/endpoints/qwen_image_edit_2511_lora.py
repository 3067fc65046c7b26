# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-edit-2511/lora` (Qwen Image Edit 2511 Lora)."""

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
from fal_models.models.qwen_image_edit_2511_lora import (
    ImageSizePreset,
    LoraWeight,
    QwenImageEdit2511LoraInput,
    QwenImageEdit2511LoraOutput,
)

__all__ = [
    "QwenImageEdit2511Lora",
    "AsyncQwenImageEdit2511Lora",
    "QwenImageEdit2511LoraInput",
    "QwenImageEdit2511LoraOutput",
]


class QwenImageEdit2511Lora(SyncEndpoint[QwenImageEdit2511LoraInput, QwenImageEdit2511LoraOutput]):
    """Qwen Image Edit 2511 Lora (`fal-ai/qwen-image-edit-2511/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2511/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2511/lora"
    input_model: ClassVar[type[QwenImageEdit2511LoraInput]] = QwenImageEdit2511LoraInput
    output_model: ClassVar[type[QwenImageEdit2511LoraOutput]] = QwenImageEdit2511LoraOutput
    Input = QwenImageEdit2511LoraInput
    Output = QwenImageEdit2511LoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> QwenImageEdit2511LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[QwenImageEdit2511LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEdit2511LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[QwenImageEdit2511LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncQwenImageEdit2511Lora(
    AsyncEndpoint[QwenImageEdit2511LoraInput, QwenImageEdit2511LoraOutput]
):
    """Qwen Image Edit 2511 Lora (`fal-ai/qwen-image-edit-2511/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-edit-2511/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-edit-2511/lora"
    input_model: ClassVar[type[QwenImageEdit2511LoraInput]] = QwenImageEdit2511LoraInput
    output_model: ClassVar[type[QwenImageEdit2511LoraOutput]] = QwenImageEdit2511LoraOutput
    Input = QwenImageEdit2511LoraInput
    Output = QwenImageEdit2511LoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> QwenImageEdit2511LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[QwenImageEdit2511LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> QwenImageEdit2511LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        image_urls: list[FileInput],
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[QwenImageEdit2511LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image with.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. If None, uses the input image dimensions.
            image_urls: The URLs of the images to edit. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4.5.
                Limits: minimum 1, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            loras: The LoRAs to use for the image generation. You can use up to 3 LoRAs and they
                will be merged together to generate the final image. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "image_urls": image_urls,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
