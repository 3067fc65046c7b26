# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-sdxl-controlnet-canny/image-to-image` (Fast Sdxl Controlnet
Canny Image To Image).
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
from fal_models.models.fast_sdxl_controlnet_canny_image_to_image import (
    Embedding,
    FastSdxlControlnetCannyImageToImageInput,
    FastSdxlControlnetCannyImageToImageOutput,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "FastSdxlControlnetCannyImageToImage",
    "AsyncFastSdxlControlnetCannyImageToImage",
    "FastSdxlControlnetCannyImageToImageInput",
    "FastSdxlControlnetCannyImageToImageOutput",
]


class FastSdxlControlnetCannyImageToImage(
    SyncEndpoint[
        FastSdxlControlnetCannyImageToImageInput, FastSdxlControlnetCannyImageToImageOutput
    ]
):
    """Fast Sdxl Controlnet Canny Image To Image
    (`fal-ai/fast-sdxl-controlnet-canny/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-sdxl-controlnet-canny/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl-controlnet-canny/image-to-image"
    input_model: ClassVar[type[FastSdxlControlnetCannyImageToImageInput]] = (
        FastSdxlControlnetCannyImageToImageInput
    )
    output_model: ClassVar[type[FastSdxlControlnetCannyImageToImageOutput]] = (
        FastSdxlControlnetCannyImageToImageOutput
    )
    Input = FastSdxlControlnetCannyImageToImageInput
    Output = FastSdxlControlnetCannyImageToImageOutput

    def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastSdxlControlnetCannyImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastSdxlControlnetCannyImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlControlnetCannyImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastSdxlControlnetCannyImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncFastSdxlControlnetCannyImageToImage(
    AsyncEndpoint[
        FastSdxlControlnetCannyImageToImageInput, FastSdxlControlnetCannyImageToImageOutput
    ]
):
    """Fast Sdxl Controlnet Canny Image To Image
    (`fal-ai/fast-sdxl-controlnet-canny/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-sdxl-controlnet-canny/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl-controlnet-canny/image-to-image"
    input_model: ClassVar[type[FastSdxlControlnetCannyImageToImageInput]] = (
        FastSdxlControlnetCannyImageToImageInput
    )
    output_model: ClassVar[type[FastSdxlControlnetCannyImageToImageOutput]] = (
        FastSdxlControlnetCannyImageToImageOutput
    )
    Input = FastSdxlControlnetCannyImageToImageInput
    Output = FastSdxlControlnetCannyImageToImageOutput

    async def subscribe(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastSdxlControlnetCannyImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastSdxlControlnetCannyImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlControlnetCannyImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        embeddings: list[Embedding] | Omit = omit,
        image_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        guidance_scale: float | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        request_id: str | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        crop_output: bool | Omit = omit,
        control_image_url: FileInput,
        num_images: int | Omit = omit,
        expand_prompt: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastSdxlControlnetCannyImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            embeddings: The list of embeddings to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            control_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "embeddings": embeddings,
                "image_url": image_url,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
                "guidance_scale": guidance_scale,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "request_id": request_id,
                "image_size": image_size,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "sync_mode": sync_mode,
                "format": format,
                "crop_output": crop_output,
                "control_image_url": control_image_url,
                "num_images": num_images,
                "expand_prompt": expand_prompt,
                "num_inference_steps": num_inference_steps,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
