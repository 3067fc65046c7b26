# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/z-image/turbo/image-to-image` (Z Image Turbo Image To Image)."""

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
from fal_models.models import shared
from fal_models.models.z_image_turbo_image_to_image import (
    ImageSizePreset,
    ZImageTurboImageToImageInput,
    ZImageTurboImageToImageOutput,
)

__all__ = [
    "ZImageTurboImageToImage",
    "AsyncZImageTurboImageToImage",
    "ZImageTurboImageToImageInput",
    "ZImageTurboImageToImageOutput",
]


class ZImageTurboImageToImage(
    SyncEndpoint[ZImageTurboImageToImageInput, ZImageTurboImageToImageOutput]
):
    """Z Image Turbo Image To Image (`fal-ai/z-image/turbo/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/image-to-image"
    input_model: ClassVar[type[ZImageTurboImageToImageInput]] = ZImageTurboImageToImageInput
    output_model: ClassVar[type[ZImageTurboImageToImageOutput]] = ZImageTurboImageToImageOutput
    Input = ZImageTurboImageToImageInput
    Output = ZImageTurboImageToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> ZImageTurboImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[ZImageTurboImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[ZImageTurboImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)


class AsyncZImageTurboImageToImage(
    AsyncEndpoint[ZImageTurboImageToImageInput, ZImageTurboImageToImageOutput]
):
    """Z Image Turbo Image To Image (`fal-ai/z-image/turbo/image-to-image`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/z-image/turbo/image-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/z-image/turbo/image-to-image"
    input_model: ClassVar[type[ZImageTurboImageToImageInput]] = ZImageTurboImageToImageInput
    output_model: ClassVar[type[ZImageTurboImageToImageOutput]] = ZImageTurboImageToImageOutput
    Input = ZImageTurboImageToImageInput
    Output = ZImageTurboImageToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> ZImageTurboImageToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[ZImageTurboImageToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> ZImageTurboImageToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        acceleration: Literal["none", "regular", "high"] | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        image_url: FileInput,
        strength: float | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[ZImageTurboImageToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "auto".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 8.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            acceleration: The acceleration level to use. Default: "regular".
            enable_prompt_expansion: Whether to enable prompt expansion. Note: this will increase
                the price by 0.0025 credits per request. Default: false.
            image_url: URL of Image for Image-to-Image generation. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            strength: The strength of the image-to-image conditioning. Default: 0.6. Limits: maximum
                1, exclusive minimum 0.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
                "enable_prompt_expansion": enable_prompt_expansion,
                "image_url": image_url,
                "strength": strength,
            }
        )
        return self._stream(payload, options)
