# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-sdxl/inpainting` (Fast Sdxl Inpainting)."""

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
from fal_models.models.fast_sdxl_inpainting import (
    Embedding,
    FastSdxlInpaintingInput,
    FastSdxlInpaintingOutput,
    ImageSize,
    ImageSizePreset,
    LoraWeight,
)

__all__ = [
    "FastSdxlInpainting",
    "AsyncFastSdxlInpainting",
    "FastSdxlInpaintingInput",
    "FastSdxlInpaintingOutput",
]


class FastSdxlInpainting(SyncEndpoint[FastSdxlInpaintingInput, FastSdxlInpaintingOutput]):
    """Fast Sdxl Inpainting (`fal-ai/fast-sdxl/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-sdxl/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl/inpainting"
    input_model: ClassVar[type[FastSdxlInpaintingInput]] = FastSdxlInpaintingInput
    output_model: ClassVar[type[FastSdxlInpaintingOutput]] = FastSdxlInpaintingOutput
    Input = FastSdxlInpaintingInput
    Output = FastSdxlInpaintingOutput

    def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastSdxlInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastSdxlInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastSdxlInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncFastSdxlInpainting(AsyncEndpoint[FastSdxlInpaintingInput, FastSdxlInpaintingOutput]):
    """Fast Sdxl Inpainting (`fal-ai/fast-sdxl/inpainting`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/fast-sdxl/inpainting/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-sdxl/inpainting"
    input_model: ClassVar[type[FastSdxlInpaintingInput]] = FastSdxlInpaintingInput
    output_model: ClassVar[type[FastSdxlInpaintingOutput]] = FastSdxlInpaintingOutput
    Input = FastSdxlInpaintingInput
    Output = FastSdxlInpaintingOutput

    async def subscribe(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastSdxlInpaintingOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastSdxlInpaintingOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastSdxlInpaintingOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        num_inference_steps: int | Omit = omit,
        request_id: str | Omit = omit,
        num_images: int | Omit = omit,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        expand_prompt: bool | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        seed: int | None | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        mask_url: FileInput,
        enable_safety_checker: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        prompt: str,
        loras: list[LoraWeight] | Omit = omit,
        image_url: FileInput,
        sync_mode: bool | Omit = omit,
        negative_prompt: str | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastSdxlInpaintingOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            num_inference_steps: The number of inference steps to perform. Default: 25. Limits:
                minimum 1, maximum 65.
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_size: The size of the generated image. Default: "square_hd".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            embeddings: The list of embeddings to use. Default: [].
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            format: The format of the generated image. Default: "jpeg".
            mask_url: The URL of the mask to use for inpainting. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 7.5. Limits: minimum 0, maximum 20.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            loras: The list of LoRA weights to use. Default: [].
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "num_inference_steps": num_inference_steps,
                "request_id": request_id,
                "num_images": num_images,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "embeddings": embeddings,
                "seed": seed,
                "format": format,
                "mask_url": mask_url,
                "enable_safety_checker": enable_safety_checker,
                "guidance_scale": guidance_scale,
                "safety_checker_version": safety_checker_version,
                "prompt": prompt,
                "loras": loras,
                "image_url": image_url,
                "sync_mode": sync_mode,
                "negative_prompt": negative_prompt,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
