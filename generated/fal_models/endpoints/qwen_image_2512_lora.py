# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/qwen-image-2512/lora` (Qwen Image 2512 Lora)."""

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
from fal_models.models.qwen_image_2512_lora import (
    ImageSizePreset,
    LoraWeight,
    QwenImage2512LoraInput,
    QwenImage2512LoraOutput,
)

__all__ = [
    "QwenImage2512Lora",
    "AsyncQwenImage2512Lora",
    "QwenImage2512LoraInput",
    "QwenImage2512LoraOutput",
]


class QwenImage2512Lora(SyncEndpoint[QwenImage2512LoraInput, QwenImage2512LoraOutput]):
    """Qwen Image 2512 Lora (`fal-ai/qwen-image-2512/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-2512/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512/lora"
    input_model: ClassVar[type[QwenImage2512LoraInput]] = QwenImage2512LoraInput
    output_model: ClassVar[type[QwenImage2512LoraOutput]] = QwenImage2512LoraOutput
    Input = QwenImage2512LoraInput
    Output = QwenImage2512LoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> QwenImage2512LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> RequestHandle[QwenImage2512LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> QwenImage2512LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> EndpointStream[QwenImage2512LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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


class AsyncQwenImage2512Lora(AsyncEndpoint[QwenImage2512LoraInput, QwenImage2512LoraOutput]):
    """Qwen Image 2512 Lora (`fal-ai/qwen-image-2512/lora`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/qwen-image-2512/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/qwen-image-2512/lora"
    input_model: ClassVar[type[QwenImage2512LoraInput]] = QwenImage2512LoraInput
    output_model: ClassVar[type[QwenImage2512LoraOutput]] = QwenImage2512LoraOutput
    Input = QwenImage2512LoraInput
    Output = QwenImage2512LoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> QwenImage2512LoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> AsyncRequestHandle[QwenImage2512LoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> QwenImage2512LoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
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
    ) -> AsyncEndpointStream[QwenImage2512LoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            guidance_scale: The guidance scale to use for the image generation. Default: 4. Limits:
                minimum 0, maximum 20.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
