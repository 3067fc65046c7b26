# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/lumina-image/v2` (Lumina Image V2)."""

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
from fal_models.models.lumina_image_v2 import (
    ImageSizePreset,
    LuminaImageV2Input,
    LuminaImageV2Output,
)

__all__ = ["LuminaImageV2", "AsyncLuminaImageV2", "LuminaImageV2Input", "LuminaImageV2Output"]


class LuminaImageV2(SyncEndpoint[LuminaImageV2Input, LuminaImageV2Output]):
    """Lumina Image V2 (`fal-ai/lumina-image/v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/lumina-image/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lumina-image/v2"
    input_model: ClassVar[type[LuminaImageV2Input]] = LuminaImageV2Input
    output_model: ClassVar[type[LuminaImageV2Output]] = LuminaImageV2Output
    Input = LuminaImageV2Input
    Output = LuminaImageV2Output

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> LuminaImageV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[LuminaImageV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LuminaImageV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[LuminaImageV2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncLuminaImageV2(AsyncEndpoint[LuminaImageV2Input, LuminaImageV2Output]):
    """Lumina Image V2 (`fal-ai/lumina-image/v2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/lumina-image/v2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/lumina-image/v2"
    input_model: ClassVar[type[LuminaImageV2Input]] = LuminaImageV2Input
    output_model: ClassVar[type[LuminaImageV2Output]] = LuminaImageV2Output
    Input = LuminaImageV2Input
    Output = LuminaImageV2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> LuminaImageV2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[LuminaImageV2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> LuminaImageV2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        system_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        cfg_normalization: bool | Omit = omit,
        cfg_trunc_ratio: float | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[LuminaImageV2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            system_prompt: The system prompt to use. Default: "You are an assistant designed to
                generate superior images with the superior degree of image-text alignment based on
                textual prompts or user prompts.".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 1, maximum 50.
            cfg_normalization: Whether to apply normalization-based guidance scale. Default: true.
            cfg_trunc_ratio: The ratio of the timestep interval to apply normalization-based
                guidance scale. Default: 1. Limits: minimum 0, maximum 1.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "system_prompt": system_prompt,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "cfg_normalization": cfg_normalization,
                "cfg_trunc_ratio": cfg_trunc_ratio,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
