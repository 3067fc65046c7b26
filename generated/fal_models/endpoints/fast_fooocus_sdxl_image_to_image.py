# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-fooocus-sdxl/image-to-image` (Fast Fooocus Sdxl Image To
Image).
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
from fal_models.models.fast_fooocus_sdxl_image_to_image import (
    Embedding,
    FastFooocusSdxlImageToImageInput,
    FastFooocusSdxlImageToImageOutput,
    ImageSize,
    ImageSizePreset,
)

__all__ = [
    "FastFooocusSdxlImageToImage",
    "AsyncFastFooocusSdxlImageToImage",
    "FastFooocusSdxlImageToImageInput",
    "FastFooocusSdxlImageToImageOutput",
]


class FastFooocusSdxlImageToImage(
    SyncEndpoint[FastFooocusSdxlImageToImageInput, FastFooocusSdxlImageToImageOutput]
):
    """Fast Fooocus Sdxl Image To Image (`fal-ai/fast-fooocus-sdxl/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-fooocus-sdxl/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-fooocus-sdxl/image-to-image"
    input_model: ClassVar[type[FastFooocusSdxlImageToImageInput]] = FastFooocusSdxlImageToImageInput
    output_model: ClassVar[type[FastFooocusSdxlImageToImageOutput]] = (
        FastFooocusSdxlImageToImageOutput
    )
    Input = FastFooocusSdxlImageToImageInput
    Output = FastFooocusSdxlImageToImageOutput

    def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastFooocusSdxlImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastFooocusSdxlImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastFooocusSdxlImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastFooocusSdxlImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return self._stream(payload, options)


class AsyncFastFooocusSdxlImageToImage(
    AsyncEndpoint[FastFooocusSdxlImageToImageInput, FastFooocusSdxlImageToImageOutput]
):
    """Fast Fooocus Sdxl Image To Image (`fal-ai/fast-fooocus-sdxl/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-fooocus-sdxl/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-fooocus-sdxl/image-to-image"
    input_model: ClassVar[type[FastFooocusSdxlImageToImageInput]] = FastFooocusSdxlImageToImageInput
    output_model: ClassVar[type[FastFooocusSdxlImageToImageOutput]] = (
        FastFooocusSdxlImageToImageOutput
    )
    Input = FastFooocusSdxlImageToImageInput
    Output = FastFooocusSdxlImageToImageOutput

    async def subscribe(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastFooocusSdxlImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastFooocusSdxlImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastFooocusSdxlImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        request_id: str | Omit = omit,
        strength: float | Omit = omit,
        image_size: ImageSize | ImageSizePreset | None | Omit = omit,
        expand_prompt: bool | Omit = omit,
        seed: int | None | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        num_inference_steps: int | Omit = omit,
        prompt: str,
        embeddings: list[Embedding] | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        num_images: int | Omit = omit,
        image_url: FileInput,
        negative_prompt: str | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        guidance_scale: float | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        enable_refiner: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastFooocusSdxlImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            image_size: The size of the generated image. Leave it none to automatically infer from
                the prompt image. Default: null.
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: true.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time. Default: null.
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 24.
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            embeddings: The list of embeddings to use. Default: [].
            format: The format of the generated image. Default: "jpeg".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            negative_prompt: The negative prompt to use.Use it to address details that you don't
                want in the image. This could be colors, objects, scenery and even the small details
                (e.g. moustache, blurry, low resolution). Default: "".
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 2. Limits: minimum 0, maximum 20.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            enable_refiner: If set to true, a smaller model will try to refine the output after it
                was processed. Default: true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "request_id": request_id,
                "strength": strength,
                "image_size": image_size,
                "expand_prompt": expand_prompt,
                "seed": seed,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "num_inference_steps": num_inference_steps,
                "prompt": prompt,
                "embeddings": embeddings,
                "format": format,
                "num_images": num_images,
                "image_url": image_url,
                "negative_prompt": negative_prompt,
                "safety_checker_version": safety_checker_version,
                "guidance_scale": guidance_scale,
                "enable_safety_checker": enable_safety_checker,
                "crop_output": crop_output,
                "enable_refiner": enable_refiner,
            }
        )
        return self._stream(payload, options)
