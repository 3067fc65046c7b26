# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chrono-edit-lora-gallery/upscaler` (Chrono Edit Lora Gallery
Upscaler).
"""

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
from fal_models.models.chrono_edit_lora_gallery_upscaler import (
    ChronoEditLoraGalleryUpscalerInput,
    ChronoEditLoraGalleryUpscalerOutput,
    ChronoLoraWeight,
)

__all__ = [
    "ChronoEditLoraGalleryUpscaler",
    "AsyncChronoEditLoraGalleryUpscaler",
    "ChronoEditLoraGalleryUpscalerInput",
    "ChronoEditLoraGalleryUpscalerOutput",
]


class ChronoEditLoraGalleryUpscaler(
    SyncEndpoint[ChronoEditLoraGalleryUpscalerInput, ChronoEditLoraGalleryUpscalerOutput]
):
    """Chrono Edit Lora Gallery Upscaler (`fal-ai/chrono-edit-lora-gallery/upscaler`).

    Input for upscaler mode

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/chrono-edit-lora-gallery/upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit-lora-gallery/upscaler"
    input_model: ClassVar[type[ChronoEditLoraGalleryUpscalerInput]] = (
        ChronoEditLoraGalleryUpscalerInput
    )
    output_model: ClassVar[type[ChronoEditLoraGalleryUpscalerOutput]] = (
        ChronoEditLoraGalleryUpscalerOutput
    )
    Input = ChronoEditLoraGalleryUpscalerInput
    Output = ChronoEditLoraGalleryUpscalerOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChronoEditLoraGalleryUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChronoEditLoraGalleryUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditLoraGalleryUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChronoEditLoraGalleryUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncChronoEditLoraGalleryUpscaler(
    AsyncEndpoint[ChronoEditLoraGalleryUpscalerInput, ChronoEditLoraGalleryUpscalerOutput]
):
    """Chrono Edit Lora Gallery Upscaler (`fal-ai/chrono-edit-lora-gallery/upscaler`).

    Input for upscaler mode

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/chrono-edit-lora-gallery/upscaler/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit-lora-gallery/upscaler"
    input_model: ClassVar[type[ChronoEditLoraGalleryUpscalerInput]] = (
        ChronoEditLoraGalleryUpscalerInput
    )
    output_model: ClassVar[type[ChronoEditLoraGalleryUpscalerOutput]] = (
        ChronoEditLoraGalleryUpscalerOutput
    )
    Input = ChronoEditLoraGalleryUpscalerInput
    Output = ChronoEditLoraGalleryUpscalerOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChronoEditLoraGalleryUpscalerOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChronoEditLoraGalleryUpscalerOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditLoraGalleryUpscalerOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        upscale_factor: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChronoEditLoraGalleryUpscalerOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to upscale. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            upscale_factor: Target scale factor for the output resolution. Default: 2. Limits:
                minimum 1, maximum 4.
            guidance_scale: The guidance scale for the inference. Default: 1. Limits: minimum 0,
                maximum 10.
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            num_inference_steps: Number of inference steps for the upscaling pass. Default: 30.
                Limits: minimum 2, maximum 50.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "jpeg".
            sync_mode: Whether to return the image in sync mode. Default: false.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "upscale_factor": upscale_factor,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "num_inference_steps": num_inference_steps,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
