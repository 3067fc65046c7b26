# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-lora-gallery/realism` (Flux 2 Lora Gallery Realism)."""

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
from fal_models.models.flux_2_lora_gallery_realism import (
    Flux2LoraGalleryRealismInput,
    Flux2LoraGalleryRealismOutput,
    ImageSizePreset,
)

__all__ = [
    "Flux2LoraGalleryRealism",
    "AsyncFlux2LoraGalleryRealism",
    "Flux2LoraGalleryRealismInput",
    "Flux2LoraGalleryRealismOutput",
]


class Flux2LoraGalleryRealism(
    SyncEndpoint[Flux2LoraGalleryRealismInput, Flux2LoraGalleryRealismOutput]
):
    """Flux 2 Lora Gallery Realism (`fal-ai/flux-2-lora-gallery/realism`).

    Input model for Realism endpoint - Generate realistic style images

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-lora-gallery/realism/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-lora-gallery/realism"
    input_model: ClassVar[type[Flux2LoraGalleryRealismInput]] = Flux2LoraGalleryRealismInput
    output_model: ClassVar[type[Flux2LoraGalleryRealismOutput]] = Flux2LoraGalleryRealismOutput
    Input = Flux2LoraGalleryRealismInput
    Output = Flux2LoraGalleryRealismOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2LoraGalleryRealismOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2LoraGalleryRealismOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2LoraGalleryRealismOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2LoraGalleryRealismOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2LoraGalleryRealism(
    AsyncEndpoint[Flux2LoraGalleryRealismInput, Flux2LoraGalleryRealismOutput]
):
    """Flux 2 Lora Gallery Realism (`fal-ai/flux-2-lora-gallery/realism`).

    Input model for Realism endpoint - Generate realistic style images

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-lora-gallery/realism/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-lora-gallery/realism"
    input_model: ClassVar[type[Flux2LoraGalleryRealismInput]] = Flux2LoraGalleryRealismInput
    output_model: ClassVar[type[Flux2LoraGalleryRealismOutput]] = Flux2LoraGalleryRealismOutput
    Input = Flux2LoraGalleryRealismInput
    Output = Flux2LoraGalleryRealismOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2LoraGalleryRealismOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2LoraGalleryRealismOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2LoraGalleryRealismOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["png", "jpeg", "webp"] | Omit = omit,
        num_images: int | Omit = omit,
        lora_scale: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2LoraGalleryRealismOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate a realistic image with natural lighting and authentic
                details.
            image_size: The size of the generated image. Default: "landscape_4_3".
            guidance_scale: The CFG (Classifier Free Guidance) scale. Controls how closely the model
                follows the prompt. Default: 2.5. Limits: minimum 0, maximum 20.
            num_inference_steps: The number of inference steps to perform. Default: 40. Limits:
                minimum 4, maximum 50.
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "regular".
            seed: Random seed for reproducibility. Same seed with same prompt will produce same
                result.
            sync_mode: If `True`, the media will be returned as a data URI and won't be saved in
                history. Default: false.
            enable_safety_checker: Whether to enable the safety checker for the generated image.
                Default: true.
            output_format: The format of the output image. Default: "png".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            lora_scale: The strength of the realism effect. Default: 1. Limits: minimum 0, maximum
                2.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "acceleration": acceleration,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "num_images": num_images,
                "lora_scale": lora_scale,
            }
        )
        return self._stream(payload, options)
