# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/sdxl-controlnet-union` (Sdxl Controlnet Union)."""

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
from fal_models.models.sdxl_controlnet_union import (
    Embedding,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
    SdxlControlnetUnionInput,
    SdxlControlnetUnionOutput,
)

__all__ = [
    "SdxlControlnetUnion",
    "AsyncSdxlControlnetUnion",
    "SdxlControlnetUnionInput",
    "SdxlControlnetUnionOutput",
]


class SdxlControlnetUnion(SyncEndpoint[SdxlControlnetUnionInput, SdxlControlnetUnionOutput]):
    """Sdxl Controlnet Union (`fal-ai/sdxl-controlnet-union`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/sdxl-controlnet-union/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sdxl-controlnet-union"
    input_model: ClassVar[type[SdxlControlnetUnionInput]] = SdxlControlnetUnionInput
    output_model: ClassVar[type[SdxlControlnetUnionOutput]] = SdxlControlnetUnionOutput
    Input = SdxlControlnetUnionInput
    Output = SdxlControlnetUnionOutput

    def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> SdxlControlnetUnionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[SdxlControlnetUnionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SdxlControlnetUnionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[SdxlControlnetUnionOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return self._stream(payload, options)


class AsyncSdxlControlnetUnion(AsyncEndpoint[SdxlControlnetUnionInput, SdxlControlnetUnionOutput]):
    """Sdxl Controlnet Union (`fal-ai/sdxl-controlnet-union`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/sdxl-controlnet-union/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/sdxl-controlnet-union"
    input_model: ClassVar[type[SdxlControlnetUnionInput]] = SdxlControlnetUnionInput
    output_model: ClassVar[type[SdxlControlnetUnionOutput]] = SdxlControlnetUnionOutput
    Input = SdxlControlnetUnionInput
    Output = SdxlControlnetUnionOutput

    async def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> SdxlControlnetUnionOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[SdxlControlnetUnionOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> SdxlControlnetUnionOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        depth_image_url: FileInput | None | Omit = omit,
        controlnet_conditioning_scale: float | Omit = omit,
        openpose_preprocess: bool | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        sync_mode: bool | Omit = omit,
        teed_preprocess: bool | Omit = omit,
        normal_image_url: FileInput | None | Omit = omit,
        canny_image_url: FileInput | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        openpose_image_url: FileInput | None | Omit = omit,
        canny_preprocess: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        depth_preprocess: bool | Omit = omit,
        segmentation_image_url: FileInput | None | Omit = omit,
        request_id: str | Omit = omit,
        seed: int | None | Omit = omit,
        segmentation_preprocess: bool | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        normal_preprocess: bool | Omit = omit,
        teed_image_url: FileInput | None | Omit = omit,
        loras: list[LoraWeight] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[SdxlControlnetUnionOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 35. Limits:
                minimum 1, maximum 70.
            depth_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            controlnet_conditioning_scale: The scale of the controlnet conditioning. Default: 0.5.
                Limits: minimum 0, maximum 1.
            openpose_preprocess: Whether to preprocess the openpose image. Default: true.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use. Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            teed_preprocess: Whether to preprocess the teed image. Default: true.
            normal_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            format: The format of the generated image. Default: "jpeg".
            openpose_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            canny_preprocess: Whether to preprocess the canny image. Default: true.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            depth_preprocess: Whether to preprocess the depth image. Default: true.
            segmentation_image_url: The URL of the control image. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image). Default: null.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            segmentation_preprocess: Whether to preprocess the segmentation image. Default: true.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the control image. Default: null.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            normal_preprocess: Whether to preprocess the normal image. Default: true.
            teed_image_url: The URL of the control image. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image). Default: null.
            loras: The list of LoRA weights to use. Default: [].
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "depth_image_url": depth_image_url,
                "controlnet_conditioning_scale": controlnet_conditioning_scale,
                "openpose_preprocess": openpose_preprocess,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "sync_mode": sync_mode,
                "teed_preprocess": teed_preprocess,
                "normal_image_url": normal_image_url,
                "canny_image_url": canny_image_url,
                "format": format,
                "openpose_image_url": openpose_image_url,
                "canny_preprocess": canny_preprocess,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "depth_preprocess": depth_preprocess,
                "segmentation_image_url": segmentation_image_url,
                "request_id": request_id,
                "seed": seed,
                "segmentation_preprocess": segmentation_preprocess,
                "image_size": image_size,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "normal_preprocess": normal_preprocess,
                "teed_image_url": teed_image_url,
                "loras": loras,
            }
        )
        return self._stream(payload, options)
