# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image/turbo/inpaint/lora` (Z Image Turbo Inpaint Lora)."""

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
from fal_models.models.z_image_turbo_inpaint_lora import (
    ImageSizePreset,
    LoRAInput,
    ZImageTurboInpaintLoraInput,
    ZImageTurboInpaintLoraOutput,
)

__all__ = [
    "ZImageTurboInpaintLora",
    "AsyncZImageTurboInpaintLora",
    "ZImageTurboInpaintLoraInput",
    "ZImageTurboInpaintLoraOutput",
]


class ZImageTurboInpaintLora(
    SyncEndpoint[ZImageTurboInpaintLoraInput, ZImageTurboInpaintLoraOutput]
):
    """Z Image Turbo Inpaint Lora (`fal-ai/z-image/turbo/inpaint/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/inpaint/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/inpaint/lora"
    input_model: ClassVar[type[ZImageTurboInpaintLoraInput]] = ZImageTurboInpaintLoraInput
    output_model: ClassVar[type[ZImageTurboInpaintLoraOutput]] = ZImageTurboInpaintLoraOutput
    Input = ZImageTurboInpaintLoraInput
    Output = ZImageTurboInpaintLoraOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageTurboInpaintLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageTurboInpaintLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboInpaintLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageTurboInpaintLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncZImageTurboInpaintLora(
    AsyncEndpoint[ZImageTurboInpaintLoraInput, ZImageTurboInpaintLoraOutput]
):
    """Z Image Turbo Inpaint Lora (`fal-ai/z-image/turbo/inpaint/lora`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/inpaint/lora/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/inpaint/lora"
    input_model: ClassVar[type[ZImageTurboInpaintLoraInput]] = ZImageTurboInpaintLoraInput
    output_model: ClassVar[type[ZImageTurboInpaintLoraOutput]] = ZImageTurboInpaintLoraOutput
    Input = ZImageTurboInpaintLoraInput
    Output = ZImageTurboInpaintLoraOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageTurboInpaintLoraOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageTurboInpaintLoraOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboInpaintLoraOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        control_scale: float | Omit = omit,
        control_start: float | Omit = omit,
        control_end: float | Omit = omit,
        mask_image_url: FileInput,
        strength: float | Omit = omit,
        loras: list[LoRAInput] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageTurboInpaintLoraOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            control_scale: The scale of the controlnet conditioning. Default: 0.75. Limits: minimum
                0, maximum 1.
            control_start: The start of the controlnet conditioning. Default: 0. Limits: minimum 0,
                maximum 1.
            control_end: The end of the controlnet conditioning. Default: 0.8. Limits: minimum 0,
                maximum 1.
            mask_image_url: URL of Mask for Inpaint generation. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the inpaint conditioning. Default: 1. Limits: maximum 1,
                exclusive minimum 0.
            loras: List of LoRA weights to apply (maximum 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "control_scale": control_scale,
                "control_start": control_start,
                "control_end": control_end,
                "mask_image_url": mask_image_url,
                "strength": strength,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
