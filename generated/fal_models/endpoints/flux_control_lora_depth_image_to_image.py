# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-control-lora-depth/image-to-image` (Flux Control Lora Depth
Image To Image).
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
from fal_models.models import shared
from fal_models.models.flux_control_lora_depth_image_to_image import (
    FluxControlLoraDepthImageToImageInput,
    FluxControlLoraDepthImageToImageOutput,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "FluxControlLoraDepthImageToImage",
    "AsyncFluxControlLoraDepthImageToImage",
    "FluxControlLoraDepthImageToImageInput",
    "FluxControlLoraDepthImageToImageOutput",
]


class FluxControlLoraDepthImageToImage(
    SyncEndpoint[FluxControlLoraDepthImageToImageInput, FluxControlLoraDepthImageToImageOutput]
):
    """Flux Control Lora Depth Image To Image (`fal-ai/flux-control-lora-depth/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-control-lora-depth/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-control-lora-depth/image-to-image"
    input_model: ClassVar[type[FluxControlLoraDepthImageToImageInput]] = (
        FluxControlLoraDepthImageToImageInput
    )
    output_model: ClassVar[type[FluxControlLoraDepthImageToImageOutput]] = (
        FluxControlLoraDepthImageToImageOutput
    )
    Input = FluxControlLoraDepthImageToImageInput
    Output = FluxControlLoraDepthImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxControlLoraDepthImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxControlLoraDepthImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxControlLoraDepthImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxControlLoraDepthImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncFluxControlLoraDepthImageToImage(
    AsyncEndpoint[FluxControlLoraDepthImageToImageInput, FluxControlLoraDepthImageToImageOutput]
):
    """Flux Control Lora Depth Image To Image (`fal-ai/flux-control-lora-depth/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/flux-control-lora-depth/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-control-lora-depth/image-to-image"
    input_model: ClassVar[type[FluxControlLoraDepthImageToImageInput]] = (
        FluxControlLoraDepthImageToImageInput
    )
    output_model: ClassVar[type[FluxControlLoraDepthImageToImageOutput]] = (
        FluxControlLoraDepthImageToImageOutput
    )
    Input = FluxControlLoraDepthImageToImageInput
    Output = FluxControlLoraDepthImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxControlLoraDepthImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxControlLoraDepthImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxControlLoraDepthImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_url: FileInput,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        control_lora_image_url: FileInput,
        control_lora_strength: float | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxControlLoraDepthImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_url: URL of image to use for inpainting. or img2img. Takes URLs, data URIs or
                local files (Path, bytes, binary file, PIL image).
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
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            control_lora_image_url: The image to use for control lora. This is used to control the
                style of the generated image. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            control_lora_strength: The strength of the control lora. Default: 1. Limits: minimum 0,
                maximum 2.
            strength: The strength to use for inpainting/image-to-image. Only used if the image_url
                is provided. 1.0 is completely remakes the image while 0.0 preserves the original.
                Default: 0.85. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_url": image_url,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "loras": loras,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "control_lora_image_url": control_lora_image_url,
                "control_lora_strength": control_lora_strength,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
