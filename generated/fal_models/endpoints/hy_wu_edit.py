# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hy-wu-edit` (Hy Wu Edit)."""

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
from fal_models.models.hy_wu_edit import HyWuEditInput, HyWuEditOutput, ImageSizePreset

__all__ = ["HyWuEdit", "AsyncHyWuEdit", "HyWuEditInput", "HyWuEditOutput"]


class HyWuEdit(SyncEndpoint[HyWuEditInput, HyWuEditOutput]):
    """Hy Wu Edit (`fal-ai/hy-wu-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hy-wu-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hy-wu-edit"
    input_model: ClassVar[type[HyWuEditInput]] = HyWuEditInput
    output_model: ClassVar[type[HyWuEditOutput]] = HyWuEditOutput
    Input = HyWuEditInput
    Output = HyWuEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> HyWuEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HyWuEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HyWuEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HyWuEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncHyWuEdit(AsyncEndpoint[HyWuEditInput, HyWuEditOutput]):
    """Hy Wu Edit (`fal-ai/hy-wu-edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hy-wu-edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hy-wu-edit"
    input_model: ClassVar[type[HyWuEditInput]] = HyWuEditInput
    output_model: ClassVar[type[HyWuEditOutput]] = HyWuEditOutput
    Input = HyWuEditInput
    Output = HyWuEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HyWuEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HyWuEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> HyWuEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_thinking: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HyWuEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing the desired edit. Supports both English and Chinese.
                Use specific instructions like 'Replace the clothing on figure 1 with the outfit
                from figure 2'.
            image_urls: URLs of input images for editing. Typically 2 images: the base image and the
                reference image. Supports up to 3 images. Takes URLs, data URIs or local files
                (Path, bytes, binary file, PIL image).
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_inference_steps: Number of diffusion denoising steps. Default: 30. Limits: minimum
                1, maximum 100.
            seed: Random seed for reproducible results. If None, a random seed is used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_thinking: Enable thinking mode. The model reasons about the edit before
                generating, producing higher quality results at the cost of longer inference time.
                Disable for faster results on straightforward edits. Default: true.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            sync_mode: If True, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "enable_thinking": enable_thinking,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
