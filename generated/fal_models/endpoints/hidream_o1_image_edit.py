# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hidream-o1-image/edit` (Hidream O1 Image Edit)."""

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
from fal_models.models.hidream_o1_image_edit import (
    HidreamO1ImageEditInput,
    HidreamO1ImageEditOutput,
    ImageSizePreset,
)

__all__ = [
    "HidreamO1ImageEdit",
    "AsyncHidreamO1ImageEdit",
    "HidreamO1ImageEditInput",
    "HidreamO1ImageEditOutput",
]


class HidreamO1ImageEdit(SyncEndpoint[HidreamO1ImageEditInput, HidreamO1ImageEditOutput]):
    """Hidream O1 Image Edit (`fal-ai/hidream-o1-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hidream-o1-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hidream-o1-image/edit"
    input_model: ClassVar[type[HidreamO1ImageEditInput]] = HidreamO1ImageEditInput
    output_model: ClassVar[type[HidreamO1ImageEditOutput]] = HidreamO1ImageEditOutput
    Input = HidreamO1ImageEditInput
    Output = HidreamO1ImageEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HidreamO1ImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HidreamO1ImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HidreamO1ImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HidreamO1ImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return self._stream(payload, options)


class AsyncHidreamO1ImageEdit(AsyncEndpoint[HidreamO1ImageEditInput, HidreamO1ImageEditOutput]):
    """Hidream O1 Image Edit (`fal-ai/hidream-o1-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hidream-o1-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hidream-o1-image/edit"
    input_model: ClassVar[type[HidreamO1ImageEditInput]] = HidreamO1ImageEditInput
    output_model: ClassVar[type[HidreamO1ImageEditOutput]] = HidreamO1ImageEditOutput
    Input = HidreamO1ImageEditInput
    Output = HidreamO1ImageEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HidreamO1ImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HidreamO1ImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HidreamO1ImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        reference_image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        keep_original_aspect: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HidreamO1ImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation, editing, or subject-driven personalization.
                Limits: min length 1.
            reference_image_urls: Reference images for image editing or subject-driven
                personalization. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL
                image). Limits: min items 1.
            image_size: Requested output image size. The model snaps this to the closest supported
                resolution up to about 2048x2048 pixels. Default: {"width": 2048, "height": 2048}.
            num_inference_steps: Number of denoising steps. Default: 50. Limits: minimum 1, maximum
                50.
            guidance_scale: Classifier-free guidance scale. The full model uses 5.0 by default.
                Default: 5. Limits: minimum 0, maximum 20.
            seed: Random seed for reproducible generation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: Enable the safety checker on generated images. Default: true.
            keep_original_aspect: When exactly one reference image is provided, preserve its aspect
                ratio for the output image. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "reference_image_urls": reference_image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "keep_original_aspect": keep_original_aspect,
            }
        )
        return self._stream(payload, options)
