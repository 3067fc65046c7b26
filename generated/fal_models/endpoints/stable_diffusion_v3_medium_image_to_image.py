# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/stable-diffusion-v3-medium/image-to-image` (Stable Diffusion V3
Medium Image To Image).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models import shared
from fal_models.models.stable_diffusion_v3_medium_image_to_image import (
    ImageSizePreset,
    StableDiffusionV3MediumImageToImageInput,
    StableDiffusionV3MediumImageToImageOutput,
)

__all__ = [
    "StableDiffusionV3MediumImageToImage",
    "AsyncStableDiffusionV3MediumImageToImage",
    "StableDiffusionV3MediumImageToImageInput",
    "StableDiffusionV3MediumImageToImageOutput",
]


class StableDiffusionV3MediumImageToImage(
    SyncEndpoint[
        StableDiffusionV3MediumImageToImageInput, StableDiffusionV3MediumImageToImageOutput
    ]
):
    """Stable Diffusion V3 Medium Image To Image
    (`fal-ai/stable-diffusion-v3-medium/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/stable-diffusion-v3-medium/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-diffusion-v3-medium/image-to-image"
    input_model: ClassVar[type[StableDiffusionV3MediumImageToImageInput]] = (
        StableDiffusionV3MediumImageToImageInput
    )
    output_model: ClassVar[type[StableDiffusionV3MediumImageToImageOutput]] = (
        StableDiffusionV3MediumImageToImageOutput
    )
    Input = StableDiffusionV3MediumImageToImageInput
    Output = StableDiffusionV3MediumImageToImageOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> StableDiffusionV3MediumImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[StableDiffusionV3MediumImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableDiffusionV3MediumImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[StableDiffusionV3MediumImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncStableDiffusionV3MediumImageToImage(
    AsyncEndpoint[
        StableDiffusionV3MediumImageToImageInput, StableDiffusionV3MediumImageToImageOutput
    ]
):
    """Stable Diffusion V3 Medium Image To Image
    (`fal-ai/stable-diffusion-v3-medium/image-to-image`).

    Category: image-to-image.
    Docs: https://fal.ai/models/fal-ai/stable-diffusion-v3-medium/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/stable-diffusion-v3-medium/image-to-image"
    input_model: ClassVar[type[StableDiffusionV3MediumImageToImageInput]] = (
        StableDiffusionV3MediumImageToImageInput
    )
    output_model: ClassVar[type[StableDiffusionV3MediumImageToImageOutput]] = (
        StableDiffusionV3MediumImageToImageOutput
    )
    Input = StableDiffusionV3MediumImageToImageInput
    Output = StableDiffusionV3MediumImageToImageOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> StableDiffusionV3MediumImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[StableDiffusionV3MediumImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> StableDiffusionV3MediumImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        prompt_expansion: bool | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[StableDiffusionV3MediumImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: The image URL to generate an image from. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            prompt: The prompt to generate an image from.
            negative_prompt: The negative prompt to generate an image from. Default: "".
            prompt_expansion: If set to true, prompt will be upsampled with more details. Default:
                false.
            image_size: The size of the generated image. Defaults to the conditioning image's size.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 1, maximum 50.
            seed: The same seed and the same prompt given to the same version of Stable Diffusion
                will output the same image every time.
            guidance_scale: The CFG (Classifier Free Guidance) scale is a measure of how close you
                want the model to stick to your prompt when looking for a related image to show you.
                Default: 5. Limits: minimum 0, maximum 20.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            strength: The strength of the image-to-image transformation. Default: 0.9. Limits:
                minimum 0.01, maximum 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "prompt_expansion": prompt_expansion,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
