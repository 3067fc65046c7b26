# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-sdxl-controlnet-canny` (Fast Sdxl Controlnet Canny)."""

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
from fal_models.models.fast_sdxl_controlnet_canny import (
    Embedding,
    FastSdxlControlnetCannyInput,
    FastSdxlControlnetCannyOutput,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "FastSdxlControlnetCanny",
    "AsyncFastSdxlControlnetCanny",
    "FastSdxlControlnetCannyInput",
    "FastSdxlControlnetCannyOutput",
]


class FastSdxlControlnetCanny(
    SyncEndpoint[FastSdxlControlnetCannyInput, FastSdxlControlnetCannyOutput]
):
    """Fast Sdxl Controlnet Canny (`fal-ai/fast-sdxl-controlnet-canny`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-sdxl-controlnet-canny/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl-controlnet-canny"
    input_model: ClassVar[type[FastSdxlControlnetCannyInput]] = FastSdxlControlnetCannyInput
    output_model: ClassVar[type[FastSdxlControlnetCannyOutput]] = FastSdxlControlnetCannyOutput
    Input = FastSdxlControlnetCannyInput
    Output = FastSdxlControlnetCannyOutput

    def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastSdxlControlnetCannyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastSdxlControlnetCannyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlControlnetCannyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastSdxlControlnetCannyOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)


class AsyncFastSdxlControlnetCanny(
    AsyncEndpoint[FastSdxlControlnetCannyInput, FastSdxlControlnetCannyOutput]
):
    """Fast Sdxl Controlnet Canny (`fal-ai/fast-sdxl-controlnet-canny`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-sdxl-controlnet-canny/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl-controlnet-canny"
    input_model: ClassVar[type[FastSdxlControlnetCannyInput]] = FastSdxlControlnetCannyInput
    output_model: ClassVar[type[FastSdxlControlnetCannyOutput]] = FastSdxlControlnetCannyOutput
    Input = FastSdxlControlnetCannyInput
    Output = FastSdxlControlnetCannyOutput

    async def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastSdxlControlnetCannyOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastSdxlControlnetCannyOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlControlnetCannyOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastSdxlControlnetCannyOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            loras: The list of LoRA weights to use. Default: [].
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "negative_prompt": negative_prompt,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "request_id": request_id,
                "seed": seed,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "expand_prompt": expand_prompt,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "loras": loras,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)
