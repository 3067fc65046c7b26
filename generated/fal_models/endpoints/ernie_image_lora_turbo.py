# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/ernie-image/lora/turbo` (Ernie Image Lora Turbo)."""

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
from fal_models.models.ernie_image_lora_turbo import (
    ErnieImageLoraTurboInput,
    ErnieImageLoraTurboOutput,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "ErnieImageLoraTurbo",
    "AsyncErnieImageLoraTurbo",
    "ErnieImageLoraTurboInput",
    "ErnieImageLoraTurboOutput",
]


class ErnieImageLoraTurbo(SyncEndpoint[ErnieImageLoraTurboInput, ErnieImageLoraTurboOutput]):
    """Ernie Image Lora Turbo (`fal-ai/ernie-image/lora/turbo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ernie-image/lora/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ernie-image/lora/turbo"
    input_model: ClassVar[type[ErnieImageLoraTurboInput]] = ErnieImageLoraTurboInput
    output_model: ClassVar[type[ErnieImageLoraTurboOutput]] = ErnieImageLoraTurboOutput
    Input = ErnieImageLoraTurboInput
    Output = ErnieImageLoraTurboOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ErnieImageLoraTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ErnieImageLoraTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ErnieImageLoraTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ErnieImageLoraTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncErnieImageLoraTurbo(AsyncEndpoint[ErnieImageLoraTurboInput, ErnieImageLoraTurboOutput]):
    """Ernie Image Lora Turbo (`fal-ai/ernie-image/lora/turbo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/ernie-image/lora/turbo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/ernie-image/lora/turbo"
    input_model: ClassVar[type[ErnieImageLoraTurboInput]] = ErnieImageLoraTurboInput
    output_model: ClassVar[type[ErnieImageLoraTurboOutput]] = ErnieImageLoraTurboOutput
    Input = ErnieImageLoraTurboInput
    Output = ErnieImageLoraTurboOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ErnieImageLoraTurboOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ErnieImageLoraTurboOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ErnieImageLoraTurboOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
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
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ErnieImageLoraTurboOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation. Supports English, Chinese, and Japanese.
            negative_prompt: Negative prompt to guide what should not be in the image. Default: "".
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: Number of denoising steps. Turbo model is optimized for 8 steps.
                Default: 8. Limits: minimum 1, maximum 20.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 1, maximum
                20.
            seed: Random seed for reproducibility.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed results. Default: true.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a data URI instead of a URL. Default:
                false.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            loras: The LoRAs to use for image generation. You can use up to 3 LoRAs and they will be
                merged together to generate the final image. Default: [].
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
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "acceleration": acceleration,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
