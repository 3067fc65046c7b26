# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-diffusion-v35-large` (Stable Diffusion V35 Large)."""

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
from fal_models.models.stable_diffusion_v35_large import (
    ControlNet,
    ImageSizePreset,
    IPAdapter,
    LoraWeight,
    StableDiffusionV35LargeInput,
    StableDiffusionV35LargeOutput,
)

__all__ = [
    "StableDiffusionV35Large",
    "AsyncStableDiffusionV35Large",
    "StableDiffusionV35LargeInput",
    "StableDiffusionV35LargeOutput",
]


class StableDiffusionV35Large(
    SyncEndpoint[StableDiffusionV35LargeInput, StableDiffusionV35LargeOutput]
):
    """Stable Diffusion V35 Large (`fal-ai/stable-diffusion-v35-large`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/stable-diffusion-v35-large/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-diffusion-v35-large"
    input_model: ClassVar[type[StableDiffusionV35LargeInput]] = StableDiffusionV35LargeInput
    output_model: ClassVar[type[StableDiffusionV35LargeOutput]] = StableDiffusionV35LargeOutput
    Input = StableDiffusionV35LargeInput
    Output = StableDiffusionV35LargeOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableDiffusionV35LargeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableDiffusionV35LargeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableDiffusionV35LargeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableDiffusionV35LargeOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return self._stream(payload, options)


class AsyncStableDiffusionV35Large(
    AsyncEndpoint[StableDiffusionV35LargeInput, StableDiffusionV35LargeOutput]
):
    """Stable Diffusion V35 Large (`fal-ai/stable-diffusion-v35-large`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/stable-diffusion-v35-large/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-diffusion-v35-large"
    input_model: ClassVar[type[StableDiffusionV35LargeInput]] = StableDiffusionV35LargeInput
    output_model: ClassVar[type[StableDiffusionV35LargeOutput]] = StableDiffusionV35LargeOutput
    Input = StableDiffusionV35LargeInput
    Output = StableDiffusionV35LargeOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableDiffusionV35LargeOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableDiffusionV35LargeOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableDiffusionV35LargeOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        controlnet: ControlNet | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        ip_adapter: IPAdapter | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableDiffusionV35LargeOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 3.5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            controlnet: ControlNet for inference.
            image_size: The size of the generated image. Defaults to landscape_4_3 if no controlnet
                has been passed, otherwise defaults to the size of the controlnet conditioning
                image.
            loras: The LoRAs to use for the image generation. You can use any number of LoRAs and
                they will be merged together to generate the final image. Default: [].
            ip_adapter: IP-Adapter to use during inference.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "controlnet": controlnet,
                "image_size": image_size,
                "loras": loras,
                "ip_adapter": ip_adapter,
            }
        )
        return self._stream(payload, options)
