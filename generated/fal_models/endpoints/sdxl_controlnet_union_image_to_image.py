# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sdxl-controlnet-union/image-to-image` (Sdxl Controlnet Union Image
To Image).
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
from fal_models.models.sdxl_controlnet_union_image_to_image import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
    SdxlControlnetUnionImageToImageInput,
    SdxlControlnetUnionImageToImageOutput,
)

__all__ = [
    "SdxlControlnetUnionImageToImage",
    "AsyncSdxlControlnetUnionImageToImage",
    "SdxlControlnetUnionImageToImageInput",
    "SdxlControlnetUnionImageToImageOutput",
]


class SdxlControlnetUnionImageToImage(
    SyncEndpoint[SdxlControlnetUnionImageToImageInput, SdxlControlnetUnionImageToImageOutput]
):
    """Sdxl Controlnet Union Image To Image (`fal-ai/sdxl-controlnet-union/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/sdxl-controlnet-union/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sdxl-controlnet-union/image-to-image"
    input_model: ClassVar[type[SdxlControlnetUnionImageToImageInput]] = (
        SdxlControlnetUnionImageToImageInput
    )
    output_model: ClassVar[type[SdxlControlnetUnionImageToImageOutput]] = (
        SdxlControlnetUnionImageToImageOutput
    )
    Input = SdxlControlnetUnionImageToImageInput
    Output = SdxlControlnetUnionImageToImageOutput

    def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> SdxlControlnetUnionImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SdxlControlnetUnionImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> SdxlControlnetUnionImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SdxlControlnetUnionImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)


class AsyncSdxlControlnetUnionImageToImage(
    AsyncEndpoint[SdxlControlnetUnionImageToImageInput, SdxlControlnetUnionImageToImageOutput]
):
    """Sdxl Controlnet Union Image To Image (`fal-ai/sdxl-controlnet-union/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/sdxl-controlnet-union/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sdxl-controlnet-union/image-to-image"
    input_model: ClassVar[type[SdxlControlnetUnionImageToImageInput]] = (
        SdxlControlnetUnionImageToImageInput
    )
    output_model: ClassVar[type[SdxlControlnetUnionImageToImageOutput]] = (
        SdxlControlnetUnionImageToImageOutput
    )
    Input = SdxlControlnetUnionImageToImageInput
    Output = SdxlControlnetUnionImageToImageOutput

    async def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SdxlControlnetUnionImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SdxlControlnetUnionImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> SdxlControlnetUnionImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        normal_preprocess: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        prompt: str,
        preserve_aspect_ratio: bool | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        expand_prompt: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        image_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SdxlControlnetUnionImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            loras: The list of LoRA weights to use. Default: [].
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            embeddings: The list of embeddings to use. Default: [].
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "normal_preprocess": normal_preprocess,
                "enable_safety_checker": enable_safety_checker,
                "canny_image_url": canny_image_url,
                "canny_preprocess": canny_preprocess,
                "guidance_scale": guidance_scale,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "segmentation_preprocess": segmentation_preprocess,
                "loras": loras,
                "prompt": prompt,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "expand_prompt": expand_prompt,
                "crop_output": crop_output,
                "negative_prompt": negative_prompt,
                "teed_preprocess": teed_preprocess,
                "sync_mode": sync_mode,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "embeddings": embeddings,
                "num_images": num_images,
                "seed": seed,
                "openpose_preprocess": openpose_preprocess,
                "normal_image_url": normal_image_url,
                "safety_checker_version": safety_checker_version,
                "strength": strength,
                "image_size": image_size,
                "teed_image_url": teed_image_url,
                "image_url": image_url,
            }
        )
        return self._stream(payload, options)
