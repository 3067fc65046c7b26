# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-cascade/sote-diffusion` (Stable Cascade Sote Diffusion)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.stable_cascade_sote_diffusion import (
    ImageSizePreset,
    StableCascadeSoteDiffusionInput,
    StableCascadeSoteDiffusionOutput,
)

__all__ = [
    "StableCascadeSoteDiffusion",
    "AsyncStableCascadeSoteDiffusion",
    "StableCascadeSoteDiffusionInput",
    "StableCascadeSoteDiffusionOutput",
]


class StableCascadeSoteDiffusion(
    SyncEndpoint[StableCascadeSoteDiffusionInput, StableCascadeSoteDiffusionOutput]
):
    """Stable Cascade Sote Diffusion (`fal-ai/stable-cascade/sote-diffusion`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/stable-cascade/sote-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-cascade/sote-diffusion"
    input_model: ClassVar[type[StableCascadeSoteDiffusionInput]] = StableCascadeSoteDiffusionInput
    output_model: ClassVar[type[StableCascadeSoteDiffusionOutput]] = (
        StableCascadeSoteDiffusionOutput
    )
    Input = StableCascadeSoteDiffusionInput
    Output = StableCascadeSoteDiffusionOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableCascadeSoteDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableCascadeSoteDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableCascadeSoteDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableCascadeSoteDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncStableCascadeSoteDiffusion(
    AsyncEndpoint[StableCascadeSoteDiffusionInput, StableCascadeSoteDiffusionOutput]
):
    """Stable Cascade Sote Diffusion (`fal-ai/stable-cascade/sote-diffusion`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/stable-cascade/sote-diffusion/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-cascade/sote-diffusion"
    input_model: ClassVar[type[StableCascadeSoteDiffusionInput]] = StableCascadeSoteDiffusionInput
    output_model: ClassVar[type[StableCascadeSoteDiffusionOutput]] = (
        StableCascadeSoteDiffusionOutput
    )
    Input = StableCascadeSoteDiffusionInput
    Output = StableCascadeSoteDiffusionOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableCascadeSoteDiffusionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableCascadeSoteDiffusionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableCascadeSoteDiffusionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        first_stage_steps: int | Omit = omit,
        second_stage_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        second_stage_guidance_scale: float | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableCascadeSoteDiffusionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            first_stage_steps: Number of steps to run the first stage for. Default: 25. Limits:
                minimum 4, maximum 50.
            second_stage_steps: Number of steps to run the second stage for. Default: 10. Limits:
                minimum 4, maximum 24.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 8. Limits: minimum 0, maximum 20.
            second_stage_guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of
                how close you want the model to stick to your prompt when looking for a related
                image to show you. Default: 2. Limits: minimum 0, maximum 20.
            image_size: The size of the generated image. Default: {"width": 1024, "height": 1536}.
            seed: The same seed and the same prompt given to the same version of Stable Cascade will
                output the same image every time.
            enable_safety_checker: If set to false, the safety checker will be disabled. Default:
                true.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "first_stage_steps": first_stage_steps,
                "second_stage_steps": second_stage_steps,
                "guidance_scale": guidance_scale,
                "second_stage_guidance_scale": second_stage_guidance_scale,
                "image_size": image_size,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
