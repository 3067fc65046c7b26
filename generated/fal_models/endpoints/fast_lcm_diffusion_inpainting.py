# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-lcm-diffusion/inpainting` (Fast Lcm Diffusion Inpainting)."""

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
from fal_models.models.fast_lcm_diffusion_inpainting import (
    FastLcmDiffusionInpaintingInput,
    FastLcmDiffusionInpaintingOutput,
    ImageSize,
    ImageSizePreset,
)

__all__ = [
    "FastLcmDiffusionInpainting",
    "AsyncFastLcmDiffusionInpainting",
    "FastLcmDiffusionInpaintingInput",
    "FastLcmDiffusionInpaintingOutput",
]


class FastLcmDiffusionInpainting(
    SyncEndpoint[FastLcmDiffusionInpaintingInput, FastLcmDiffusionInpaintingOutput]
):
    """Fast Lcm Diffusion Inpainting (`fal-ai/fast-lcm-diffusion/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-lcm-diffusion/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lcm-diffusion/inpainting"
    input_model: ClassVar[type[FastLcmDiffusionInpaintingInput]] = FastLcmDiffusionInpaintingInput
    output_model: ClassVar[type[FastLcmDiffusionInpaintingOutput]] = (
        FastLcmDiffusionInpaintingOutput
    )
    Input = FastLcmDiffusionInpaintingInput
    Output = FastLcmDiffusionInpaintingOutput

    def subscribe(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastLcmDiffusionInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastLcmDiffusionInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLcmDiffusionInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastLcmDiffusionInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncFastLcmDiffusionInpainting(
    AsyncEndpoint[FastLcmDiffusionInpaintingInput, FastLcmDiffusionInpaintingOutput]
):
    """Fast Lcm Diffusion Inpainting (`fal-ai/fast-lcm-diffusion/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-lcm-diffusion/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lcm-diffusion/inpainting"
    input_model: ClassVar[type[FastLcmDiffusionInpaintingInput]] = FastLcmDiffusionInpaintingInput
    output_model: ClassVar[type[FastLcmDiffusionInpaintingOutput]] = (
        FastLcmDiffusionInpaintingOutput
    )
    Input = FastLcmDiffusionInpaintingInput
    Output = FastLcmDiffusionInpaintingOutput

    async def subscribe(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastLcmDiffusionInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastLcmDiffusionInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLcmDiffusionInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        sync_mode: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        prompt: str,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        mask_url: FileInput,
        image_url: FileInput,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastLcmDiffusionInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: true.
            format: The format of the generated image. Default: "jpeg".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 1.5. Limits: minimum 0, maximum 20.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 6. Limits:
                minimum 1, maximum 32.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "sync_mode": sync_mode,
                "format": format,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "negative_prompt": negative_prompt,
                "prompt": prompt,
                "request_id": request_id,
                "strength": strength,
                "mask_url": mask_url,
                "image_url": image_url,
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
