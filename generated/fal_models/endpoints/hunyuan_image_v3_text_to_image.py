# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-image/v3/text-to-image` (Hunyuan Image V3 Text To Image)."""

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
from fal_models.models.hunyuan_image_v3_text_to_image import (
    HunyuanImageV3TextToImageInput,
    HunyuanImageV3TextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "HunyuanImageV3TextToImage",
    "AsyncHunyuanImageV3TextToImage",
    "HunyuanImageV3TextToImageInput",
    "HunyuanImageV3TextToImageOutput",
]


class HunyuanImageV3TextToImage(
    SyncEndpoint[HunyuanImageV3TextToImageInput, HunyuanImageV3TextToImageOutput]
):
    """Hunyuan Image V3 Text To Image (`fal-ai/hunyuan-image/v3/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan-image/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-image/v3/text-to-image"
    input_model: ClassVar[type[HunyuanImageV3TextToImageInput]] = HunyuanImageV3TextToImageInput
    output_model: ClassVar[type[HunyuanImageV3TextToImageOutput]] = HunyuanImageV3TextToImageOutput
    Input = HunyuanImageV3TextToImageInput
    Output = HunyuanImageV3TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanImageV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanImageV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanImageV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanImageV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanImageV3TextToImage(
    AsyncEndpoint[HunyuanImageV3TextToImageInput, HunyuanImageV3TextToImageOutput]
):
    """Hunyuan Image V3 Text To Image (`fal-ai/hunyuan-image/v3/text-to-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan-image/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-image/v3/text-to-image"
    input_model: ClassVar[type[HunyuanImageV3TextToImageInput]] = HunyuanImageV3TextToImageInput
    output_model: ClassVar[type[HunyuanImageV3TextToImageOutput]] = HunyuanImageV3TextToImageOutput
    Input = HunyuanImageV3TextToImageInput
    Output = HunyuanImageV3TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanImageV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanImageV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HunyuanImageV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanImageV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt for image-to-image.
            negative_prompt: The negative prompt to guide the image generation away from certain
                concepts. Default: "".
            image_size: The desired size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            num_inference_steps: Number of denoising steps. Default: 28. Limits: minimum 1, maximum
                50.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 7.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            enable_prompt_expansion: Whether to enable prompt expansion. This will use a large
                language model to expand the prompt with additional details while maintaining the
                original meaning. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "image_size": image_size,
                "num_images": num_images,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)
