# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-1/srpo` (Flux 1 Srpo)."""

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
from fal_models.models.flux_1_srpo import Flux1SrpoInput, Flux1SrpoOutput, ImageSizePreset

__all__ = ["Flux1Srpo", "AsyncFlux1Srpo", "Flux1SrpoInput", "Flux1SrpoOutput"]


class Flux1Srpo(SyncEndpoint[Flux1SrpoInput, Flux1SrpoOutput]):
    """Flux 1 Srpo (`fal-ai/flux-1/srpo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-1/srpo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-1/srpo"
    input_model: ClassVar[type[Flux1SrpoInput]] = Flux1SrpoInput
    output_model: ClassVar[type[Flux1SrpoOutput]] = Flux1SrpoOutput
    Input = Flux1SrpoInput
    Output = Flux1SrpoOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux1SrpoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux1SrpoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux1SrpoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux1SrpoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)


class AsyncFlux1Srpo(AsyncEndpoint[Flux1SrpoInput, Flux1SrpoOutput]):
    """Flux 1 Srpo (`fal-ai/flux-1/srpo`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-1/srpo/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-1/srpo"
    input_model: ClassVar[type[Flux1SrpoInput]] = Flux1SrpoInput
    output_model: ClassVar[type[Flux1SrpoOutput]] = Flux1SrpoOutput
    Input = Flux1SrpoInput
    Output = Flux1SrpoOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux1SrpoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux1SrpoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux1SrpoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
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
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux1SrpoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 4.5. Limits: minimum 1, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            }
        )
        return self._stream(payload, options)
