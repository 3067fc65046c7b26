# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/uso` (Uso)."""

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
from fal_models.models.uso import ImageSizePreset, UsoInput, UsoOutput

__all__ = ["Uso", "AsyncUso", "UsoInput", "UsoOutput"]


class Uso(SyncEndpoint[UsoInput, UsoOutput]):
    """Uso (`fal-ai/uso`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/uso/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/uso"
    input_model: ClassVar[type[UsoInput]] = UsoInput
    output_model: ClassVar[type[UsoOutput]] = UsoOutput
    Input = UsoInput
    Output = UsoOutput

    def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> UsoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[UsoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UsoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[UsoOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncUso(AsyncEndpoint[UsoInput, UsoOutput]):
    """Uso (`fal-ai/uso`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/uso/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/uso"
    input_model: ClassVar[type[UsoInput]] = UsoInput
    output_model: ClassVar[type[UsoOutput]] = UsoOutput
    Input = UsoInput
    Output = UsoOutput

    async def subscribe(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> UsoOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[UsoOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> UsoOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str | Omit = omit,
        input_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        negative_prompt: str | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        keep_size: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[UsoOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for generation. Can be empty for pure style transfer. Default: "".
            input_image_urls: List of image URLs in order: [content_image, style_image,
                extra_style_image]. Takes URLs, data URIs or local files (Path, bytes, binary file,
                PIL image).
            image_size: The size of the generated image. Default: "square_hd".
            negative_prompt: What you don't want in the image. Use it to exclude unwanted elements,
                styles, or artifacts. Default: "".
            num_inference_steps: Number of denoising steps. More steps can improve quality but
                increase generation time. Default: 28. Limits: minimum 1, maximum 50.
            guidance_scale: How closely to follow the prompt. Higher values stick closer to the
                prompt. Default: 4. Limits: minimum 1, maximum 10.
            keep_size: Preserve the layout and dimensions of the input content image. Useful for
                style transfer. Default: false.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 4.
            seed: Random seed for reproducible generation. Use same seed for consistent results.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable NSFW content detection and filtering. Default: true.
            output_format: Output image format. PNG preserves transparency, JPEG is smaller.
                Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "input_image_urls": input_image_urls,
                "image_size": image_size,
                "negative_prompt": negative_prompt,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "keep_size": keep_size,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
