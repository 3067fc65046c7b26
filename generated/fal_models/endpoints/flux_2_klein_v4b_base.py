# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/klein/4b/base` (Flux 2 Klein 4b Base)."""

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
from fal_models.models.flux_2_klein_v4b_base import (
    Flux2Klein4bBaseInput,
    Flux2Klein4bBaseOutput,
    ImageSizePreset,
)

__all__ = [
    "Flux2Klein4bBase",
    "AsyncFlux2Klein4bBase",
    "Flux2Klein4bBaseInput",
    "Flux2Klein4bBaseOutput",
]


class Flux2Klein4bBase(SyncEndpoint[Flux2Klein4bBaseInput, Flux2Klein4bBaseOutput]):
    """Flux 2 Klein 4b Base (`fal-ai/flux-2/klein/4b/base`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/base/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/base"
    input_model: ClassVar[type[Flux2Klein4bBaseInput]] = Flux2Klein4bBaseInput
    output_model: ClassVar[type[Flux2Klein4bBaseOutput]] = Flux2Klein4bBaseOutput
    Input = Flux2Klein4bBaseInput
    Output = Flux2Klein4bBaseOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2Klein4bBaseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2Klein4bBaseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bBaseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2Klein4bBaseOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2Klein4bBase(AsyncEndpoint[Flux2Klein4bBaseInput, Flux2Klein4bBaseOutput]):
    """Flux 2 Klein 4b Base (`fal-ai/flux-2/klein/4b/base`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/base/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/base"
    input_model: ClassVar[type[Flux2Klein4bBaseInput]] = Flux2Klein4bBaseInput
    output_model: ClassVar[type[Flux2Klein4bBaseOutput]] = Flux2Klein4bBaseOutput
    Input = Flux2Klein4bBaseInput
    Output = Flux2Klein4bBaseOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2Klein4bBaseOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2Klein4bBaseOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bBaseOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
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
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2Klein4bBaseOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: Negative prompt for classifier-free guidance. Describes what to avoid
                in the image. Default: "".
            guidance_scale: Guidance scale for classifier-free guidance. Default: 5. Limits: minimum
                0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 4, maximum 50.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            acceleration: The acceleration level to use for image generation. Default: "regular".
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "acceleration": acceleration,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
