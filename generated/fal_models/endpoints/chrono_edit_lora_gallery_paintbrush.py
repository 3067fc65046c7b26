# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/chrono-edit-lora-gallery/paintbrush` (Chrono Edit Lora Gallery
Paintbrush).
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
from fal_models.models.chrono_edit_lora_gallery_paintbrush import (
    ChronoEditLoraGalleryPaintbrushInput,
    ChronoEditLoraGalleryPaintbrushOutput,
    ChronoLoraWeight,
)

__all__ = [
    "ChronoEditLoraGalleryPaintbrush",
    "AsyncChronoEditLoraGalleryPaintbrush",
    "ChronoEditLoraGalleryPaintbrushInput",
    "ChronoEditLoraGalleryPaintbrushOutput",
]


class ChronoEditLoraGalleryPaintbrush(
    SyncEndpoint[ChronoEditLoraGalleryPaintbrushInput, ChronoEditLoraGalleryPaintbrushOutput]
):
    """Chrono Edit Lora Gallery Paintbrush (`fal-ai/chrono-edit-lora-gallery/paintbrush`).

    Input for paintbrush mode

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/chrono-edit-lora-gallery/paintbrush/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit-lora-gallery/paintbrush"
    input_model: ClassVar[type[ChronoEditLoraGalleryPaintbrushInput]] = (
        ChronoEditLoraGalleryPaintbrushInput
    )
    output_model: ClassVar[type[ChronoEditLoraGalleryPaintbrushOutput]] = (
        ChronoEditLoraGalleryPaintbrushOutput
    )
    Input = ChronoEditLoraGalleryPaintbrushInput
    Output = ChronoEditLoraGalleryPaintbrushOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ChronoEditLoraGalleryPaintbrushOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ChronoEditLoraGalleryPaintbrushOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditLoraGalleryPaintbrushOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ChronoEditLoraGalleryPaintbrushOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncChronoEditLoraGalleryPaintbrush(
    AsyncEndpoint[ChronoEditLoraGalleryPaintbrushInput, ChronoEditLoraGalleryPaintbrushOutput]
):
    """Chrono Edit Lora Gallery Paintbrush (`fal-ai/chrono-edit-lora-gallery/paintbrush`).

    Input for paintbrush mode

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/chrono-edit-lora-gallery/paintbrush/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/chrono-edit-lora-gallery/paintbrush"
    input_model: ClassVar[type[ChronoEditLoraGalleryPaintbrushInput]] = (
        ChronoEditLoraGalleryPaintbrushInput
    )
    output_model: ClassVar[type[ChronoEditLoraGalleryPaintbrushOutput]] = (
        ChronoEditLoraGalleryPaintbrushOutput
    )
    Input = ChronoEditLoraGalleryPaintbrushInput
    Output = ChronoEditLoraGalleryPaintbrushOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ChronoEditLoraGalleryPaintbrushOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ChronoEditLoraGalleryPaintbrushOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ChronoEditLoraGalleryPaintbrushOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput | None | Omit = omit,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        resolution: Literal["480p", "720p"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        lora_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        turbo_mode: bool | Omit = omit,
        loras: list[ChronoLoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ChronoEditLoraGalleryPaintbrushOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            mask_url: Optional mask image where black areas indicate regions to sketch/paint. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: Describe how to transform the sketched regions.
            num_inference_steps: Number of denoising steps to run. Default: 8. Limits: minimum 2,
                maximum 50.
            guidance_scale: Classifier-free guidance scale. Default: 1. Limits: minimum 0, maximum
                10.
            resolution: The resolution of the output image. Default: "480p".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            lora_scale: The scale factor for the LoRA adapter. Default: 1. Limits: minimum 0,
                maximum 2.
            seed: The seed for the inference.
            output_format: The format of the output image. Default: "png".
            sync_mode: Whether to return the image in sync mode. Default: false.
            turbo_mode: Enable turbo mode to use faster inference. Default: true.
            loras: Optional additional LoRAs to merge (max 3). Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "resolution": resolution,
                "enable_safety_checker": enable_safety_checker,
                "lora_scale": lora_scale,
                "seed": seed,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "turbo_mode": turbo_mode,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
