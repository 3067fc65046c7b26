# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/wan-25-preview/text-to-image` (Wan 25 Preview Text To Image)."""

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
from fal_models.models import shared
from fal_models.models.wan_25_preview_text_to_image import (
    ImageSizePreset,
    Wan25PreviewTextToImageInput,
    Wan25PreviewTextToImageOutput,
)

__all__ = [
    "Wan25PreviewTextToImage",
    "AsyncWan25PreviewTextToImage",
    "Wan25PreviewTextToImageInput",
    "Wan25PreviewTextToImageOutput",
]


class Wan25PreviewTextToImage(
    SyncEndpoint[Wan25PreviewTextToImageInput, Wan25PreviewTextToImageOutput]
):
    """Wan 25 Preview Text To Image (`fal-ai/wan-25-preview/text-to-image`).

    Input for text-to-image generation

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan-25-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/text-to-image"
    input_model: ClassVar[type[Wan25PreviewTextToImageInput]] = Wan25PreviewTextToImageInput
    output_model: ClassVar[type[Wan25PreviewTextToImageOutput]] = Wan25PreviewTextToImageOutput
    Input = Wan25PreviewTextToImageInput
    Output = Wan25PreviewTextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Wan25PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Wan25PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Wan25PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncWan25PreviewTextToImage(
    AsyncEndpoint[Wan25PreviewTextToImageInput, Wan25PreviewTextToImageOutput]
):
    """Wan 25 Preview Text To Image (`fal-ai/wan-25-preview/text-to-image`).

    Input for text-to-image generation

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/wan-25-preview/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/wan-25-preview/text-to-image"
    input_model: ClassVar[type[Wan25PreviewTextToImageInput]] = Wan25PreviewTextToImageInput
    output_model: ClassVar[type[Wan25PreviewTextToImageOutput]] = Wan25PreviewTextToImageOutput
    Input = Wan25PreviewTextToImageInput
    Output = Wan25PreviewTextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Wan25PreviewTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Wan25PreviewTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Wan25PreviewTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | None | Omit = omit,
        num_images: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Wan25PreviewTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Supports Chinese and English, max 2000
                characters. Limits: min length 1.
            negative_prompt: Negative prompt to describe content to avoid. Max 500 characters.
            num_images: Number of images to generate. Values from 1 to 4. Default: 1. Limits:
                minimum 1, maximum 4.
            image_size: The size of the generated image. Can use preset names like 'square',
                'landscape_16_9', etc., or specific dimensions. Total pixels must be between 768×768
                and 1440×1440, with aspect ratio between [1:4, 4:1]. Default: "square".
            enable_prompt_expansion: Whether to enable prompt rewriting using LLM. Improves results
                for short prompts but increases processing time. Default: true.
            seed: Random seed for reproducibility. If None, a random seed is chosen.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "num_images": num_images,
                "image_size": image_size,
                "enable_prompt_expansion": enable_prompt_expansion,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
