# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2` (Flux 2)."""

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
from fal_models.models.flux_2 import Flux2Input, Flux2Output, ImageSizePreset

__all__ = ["Flux2", "AsyncFlux2", "Flux2Input", "Flux2Output"]


class Flux2(SyncEndpoint[Flux2Input, Flux2Output]):
    """Flux 2 (`fal-ai/flux-2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2"
    input_model: ClassVar[type[Flux2Input]] = Flux2Input
    output_model: ClassVar[type[Flux2Output]] = Flux2Output
    Input = Flux2Input
    Output = Flux2Output

    def subscribe(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2(AsyncEndpoint[Flux2Input, Flux2Output]):
    """Flux 2 (`fal-ai/flux-2`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2"
    input_model: ClassVar[type[Flux2Input]] = Flux2Input
    output_model: ClassVar[type[Flux2Output]] = Flux2Output
    Input = Flux2Input
    Output = Flux2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for the image generation. Default:
                "regular".
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
