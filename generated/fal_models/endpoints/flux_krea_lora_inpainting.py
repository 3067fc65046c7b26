# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-krea-lora/inpainting` (Flux Krea Lora Inpainting)."""

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
from fal_models.models.flux_krea_lora_inpainting import (
    FluxKreaLoraInpaintingInput,
    FluxKreaLoraInpaintingOutput,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "FluxKreaLoraInpainting",
    "AsyncFluxKreaLoraInpainting",
    "FluxKreaLoraInpaintingInput",
    "FluxKreaLoraInpaintingOutput",
]


class FluxKreaLoraInpainting(
    SyncEndpoint[FluxKreaLoraInpaintingInput, FluxKreaLoraInpaintingOutput]
):
    """Flux Krea Lora Inpainting (`fal-ai/flux-krea-lora/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-krea-lora/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-krea-lora/inpainting"
    input_model: ClassVar[type[FluxKreaLoraInpaintingInput]] = FluxKreaLoraInpaintingInput
    output_model: ClassVar[type[FluxKreaLoraInpaintingOutput]] = FluxKreaLoraInpaintingOutput
    Input = FluxKreaLoraInpaintingInput
    Output = FluxKreaLoraInpaintingOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> FluxKreaLoraInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxKreaLoraInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> FluxKreaLoraInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxKreaLoraInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)


class AsyncFluxKreaLoraInpainting(
    AsyncEndpoint[FluxKreaLoraInpaintingInput, FluxKreaLoraInpaintingOutput]
):
    """Flux Krea Lora Inpainting (`fal-ai/flux-krea-lora/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-krea-lora/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-krea-lora/inpainting"
    input_model: ClassVar[type[FluxKreaLoraInpaintingInput]] = FluxKreaLoraInpaintingInput
    output_model: ClassVar[type[FluxKreaLoraInpaintingOutput]] = FluxKreaLoraInpaintingOutput
    Input = FluxKreaLoraInpaintingInput
    Output = FluxKreaLoraInpaintingOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxKreaLoraInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxKreaLoraInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> FluxKreaLoraInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
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
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        acceleration: Literal["none", "regular"] | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxKreaLoraInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 35.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. This is always set to 1 for streaming
                output. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            acceleration: Acceleration level for image generation. 'regular' balances speed and
                quality. Default: "none".
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            mask_url: The mask to area to Inpaint in. Takes URLs, data URIs or local files (Path,
                bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "image_url": image_url,
                "strength": strength,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)
