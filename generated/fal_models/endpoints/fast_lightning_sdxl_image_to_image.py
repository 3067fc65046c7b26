# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/fast-lightning-sdxl/image-to-image` (Fast Lightning Sdxl Image To
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
from fal_models.models.fast_lightning_sdxl_image_to_image import (
    Embedding,
    FastLightningSdxlImageToImageInput,
    FastLightningSdxlImageToImageOutput,
    ImageSize,
    ImageSizePreset,
)

__all__ = [
    "FastLightningSdxlImageToImage",
    "AsyncFastLightningSdxlImageToImage",
    "FastLightningSdxlImageToImageInput",
    "FastLightningSdxlImageToImageOutput",
]


class FastLightningSdxlImageToImage(
    SyncEndpoint[FastLightningSdxlImageToImageInput, FastLightningSdxlImageToImageOutput]
):
    """Fast Lightning Sdxl Image To Image (`fal-ai/fast-lightning-sdxl/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-lightning-sdxl/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lightning-sdxl/image-to-image"
    input_model: ClassVar[type[FastLightningSdxlImageToImageInput]] = (
        FastLightningSdxlImageToImageInput
    )
    output_model: ClassVar[type[FastLightningSdxlImageToImageOutput]] = (
        FastLightningSdxlImageToImageOutput
    )
    Input = FastLightningSdxlImageToImageInput
    Output = FastLightningSdxlImageToImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FastLightningSdxlImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FastLightningSdxlImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLightningSdxlImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FastLightningSdxlImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return self._stream(payload, options)


class AsyncFastLightningSdxlImageToImage(
    AsyncEndpoint[FastLightningSdxlImageToImageInput, FastLightningSdxlImageToImageOutput]
):
    """Fast Lightning Sdxl Image To Image (`fal-ai/fast-lightning-sdxl/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/fast-lightning-sdxl/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/fast-lightning-sdxl/image-to-image"
    input_model: ClassVar[type[FastLightningSdxlImageToImageInput]] = (
        FastLightningSdxlImageToImageInput
    )
    output_model: ClassVar[type[FastLightningSdxlImageToImageOutput]] = (
        FastLightningSdxlImageToImageOutput
    )
    Input = FastLightningSdxlImageToImageInput
    Output = FastLightningSdxlImageToImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FastLightningSdxlImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FastLightningSdxlImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FastLightningSdxlImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        image_size: ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: Literal["1", "2", "4", "8"] | Omit = omit,
        strength: float | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        embeddings: list[Embedding] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        safety_checker_version: Literal["v1", "v2"] | Omit = omit,
        expand_prompt: bool | Omit = omit,
        format: Literal["jpeg", "png"] | Omit = omit,
        request_id: str | Omit = omit,
        preserve_aspect_ratio: bool | Omit = omit,
        crop_output: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FastLightningSdxlImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The URL of the image to use as a starting point for the generation. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt to use for generating the image. Be as descriptive as possible for
                best results.
            image_size: The size of the generated image. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: "4".
            strength: determines how much the generated image resembles the initial image. Default:
                0.95. Limits: minimum 0.05, maximum 1.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 8.
            embeddings: The list of embeddings to use. Default: [].
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            safety_checker_version: The version of the safety checker to use. v1 is the default
                CompVis safety checker. v2 uses a custom ViT model. Default: "v1".
            expand_prompt: If set to true, the prompt will be expanded with additional prompts.
                Default: false.
            format: The format of the generated image. Default: "jpeg".
            request_id: An id bound to a request, can be used with response to identify the request
                itself. Default: "".
            preserve_aspect_ratio: If set to true, the aspect ratio of the generated image will be
                preserved even if the image size is too large. However, if the image is not a
                multiple of 32 in width or height, it will be resized to the nearest multiple of 32.
                By default, this snapping to the nearest multiple of 32 will not preserve the aspect
                ratio. Set crop_output to True, to crop the output to the proper aspect ratio after
                generating. Default: false.
            crop_output: If set to true, the output cropped to the proper aspect ratio after
                generating. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "strength": strength,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "embeddings": embeddings,
                "enable_safety_checker": enable_safety_checker,
                "safety_checker_version": safety_checker_version,
                "expand_prompt": expand_prompt,
                "format": format,
                "request_id": request_id,
                "preserve_aspect_ratio": preserve_aspect_ratio,
                "crop_output": crop_output,
            }
        )
        return self._stream(payload, options)
