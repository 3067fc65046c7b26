# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sd15-depth-controlnet` (Sd15 Depth Controlnet)."""

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
from fal_models.models.sd15_depth_controlnet import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
    Sd15DepthControlnetInput,
    Sd15DepthControlnetOutput,
)

__all__ = [
    "Sd15DepthControlnet",
    "AsyncSd15DepthControlnet",
    "Sd15DepthControlnetInput",
    "Sd15DepthControlnetOutput",
]


class Sd15DepthControlnet(SyncEndpoint[Sd15DepthControlnetInput, Sd15DepthControlnetOutput]):
    """Sd15 Depth Controlnet (`fal-ai/sd15-depth-controlnet`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sd15-depth-controlnet/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sd15-depth-controlnet"
    input_model: ClassVar[type[Sd15DepthControlnetInput]] = Sd15DepthControlnetInput
    output_model: ClassVar[type[Sd15DepthControlnetOutput]] = Sd15DepthControlnetOutput
    Input = Sd15DepthControlnetInput
    Output = Sd15DepthControlnetOutput

    def subscribe(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Sd15DepthControlnetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Sd15DepthControlnetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sd15DepthControlnetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Sd15DepthControlnetOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)


class AsyncSd15DepthControlnet(AsyncEndpoint[Sd15DepthControlnetInput, Sd15DepthControlnetOutput]):
    """Sd15 Depth Controlnet (`fal-ai/sd15-depth-controlnet`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/sd15-depth-controlnet/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sd15-depth-controlnet"
    input_model: ClassVar[type[Sd15DepthControlnetInput]] = Sd15DepthControlnetInput
    output_model: ClassVar[type[Sd15DepthControlnetOutput]] = Sd15DepthControlnetOutput
    Input = Sd15DepthControlnetInput
    Output = Sd15DepthControlnetOutput

    async def subscribe(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Sd15DepthControlnetOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Sd15DepthControlnetOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Sd15DepthControlnetOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        guidance_scale: float | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        control_image_url: FileInput,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        num_images: int | Omit = omit,
        request_id: str | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Sd15DepthControlnetOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            loras: The list of LoRA weights to use. Default: [].
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "guidance_scale": guidance_scale,
                "loras": loras,
                "embeddings": embeddings,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_inference_steps": num_inference_steps,
                "expand_prompt": expand_prompt,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "control_image_url": control_image_url,
                "safety_checker_version": safety_checker_version,
                "num_images": num_images,
                "request_id": request_id,
                "format": format,
                "enable_safety_checker": enable_safety_checker,
                "prompt": prompt,
                "image_size": image_size,
            }
        )
        return self._stream(payload, options)
