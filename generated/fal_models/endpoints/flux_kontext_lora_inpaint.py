# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-kontext-lora/inpaint` (Flux Kontext Lora Inpaint)."""

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
from fal_models.models.flux_kontext_lora_inpaint import (
    FluxKontextLoraInpaintInput,
    FluxKontextLoraInpaintOutput,
    LoraWeight,
)

__all__ = [
    "FluxKontextLoraInpaint",
    "AsyncFluxKontextLoraInpaint",
    "FluxKontextLoraInpaintInput",
    "FluxKontextLoraInpaintOutput",
]


class FluxKontextLoraInpaint(
    SyncEndpoint[FluxKontextLoraInpaintInput, FluxKontextLoraInpaintOutput]
):
    """Flux Kontext Lora Inpaint (`fal-ai/flux-kontext-lora/inpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext-lora/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext-lora/inpaint"
    input_model: ClassVar[type[FluxKontextLoraInpaintInput]] = FluxKontextLoraInpaintInput
    output_model: ClassVar[type[FluxKontextLoraInpaintOutput]] = FluxKontextLoraInpaintOutput
    Input = FluxKontextLoraInpaintInput
    Output = FluxKontextLoraInpaintOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxKontextLoraInpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxKontextLoraInpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextLoraInpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxKontextLoraInpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncFluxKontextLoraInpaint(
    AsyncEndpoint[FluxKontextLoraInpaintInput, FluxKontextLoraInpaintOutput]
):
    """Flux Kontext Lora Inpaint (`fal-ai/flux-kontext-lora/inpaint`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-kontext-lora/inpaint/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-kontext-lora/inpaint"
    input_model: ClassVar[type[FluxKontextLoraInpaintInput]] = FluxKontextLoraInpaintInput
    output_model: ClassVar[type[FluxKontextLoraInpaintOutput]] = FluxKontextLoraInpaintOutput
    Input = FluxKontextLoraInpaintInput
    Output = FluxKontextLoraInpaintOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxKontextLoraInpaintOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxKontextLoraInpaintOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxKontextLoraInpaintOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        reference_image_url: FileInput,
        mask_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxKontextLoraInpaintOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to be inpainted. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt for the image to image task.
            num_inference_steps: The number of inference steps to perform. Default: 30. Limits:
                minimum 10, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            acceleration: The speed of the generation. The higher the speed, the faster the
                generation. Default: "none".
            reference_image_url: The URL of the reference image for inpainting. Takes URLs, data
                URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The URL of the mask for inpainting. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            strength: The strength of the initial image. Higher strength values are better for this
                model. Default: 0.88. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "loras": loras,
                "acceleration": acceleration,
                "reference_image_url": reference_image_url,
                "mask_url": mask_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
