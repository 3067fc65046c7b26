# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/glm-image` (Glm Image)."""

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
from fal_models.models import shared
from fal_models.models.glm_image import GlmImageInput, GlmImageOutput, ImageSizePreset

__all__ = ["GlmImage", "AsyncGlmImage", "GlmImageInput", "GlmImageOutput"]


class GlmImage(SyncEndpoint[GlmImageInput, GlmImageOutput]):
    """Glm Image (`fal-ai/glm-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/glm-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/glm-image"
    input_model: ClassVar[type[GlmImageInput]] = GlmImageInput
    output_model: ClassVar[type[GlmImageOutput]] = GlmImageOutput
    Input = GlmImageInput
    Output = GlmImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GlmImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GlmImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GlmImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GlmImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)


class AsyncGlmImage(AsyncEndpoint[GlmImageInput, GlmImageOutput]):
    """Glm Image (`fal-ai/glm-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/glm-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/glm-image"
    input_model: ClassVar[type[GlmImageInput]] = GlmImageInput
    output_model: ClassVar[type[GlmImageOutput]] = GlmImageOutput
    Input = GlmImageInput
    Output = GlmImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GlmImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GlmImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GlmImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GlmImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation.
            image_size: Output image size. Default: "square_hd".
            num_inference_steps: Number of diffusion denoising steps. More steps generally produce
                higher quality images. Default: 30. Limits: minimum 10, maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values make the model follow the
                prompt more closely. Default: 1.5. Limits: minimum 1, maximum 10.
            seed: Random seed for reproducibility. The same seed with the same prompt will produce
                the same image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: Enable NSFW safety checking on the generated images. Default:
                true.
            output_format: Output image format. Default: "jpeg".
            sync_mode: If True, the image will be returned as a base64 data URI instead of a URL.
                Default: false.
            enable_prompt_expansion: If True, the prompt will be enhanced using an LLM for more
                detailed and higher quality results. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "enable_prompt_expansion": enable_prompt_expansion,
            }
        )
        return self._stream(payload, options)
