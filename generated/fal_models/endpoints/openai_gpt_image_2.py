# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openai/gpt-image-2` (Openai Gpt Image 2)."""

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
from fal_models.models.openai_gpt_image_2 import (
    ImageSizePreset,
    OpenaiGptImage2Input,
    OpenaiGptImage2Output,
)

__all__ = [
    "OpenaiGptImage2",
    "AsyncOpenaiGptImage2",
    "OpenaiGptImage2Input",
    "OpenaiGptImage2Output",
]


class OpenaiGptImage2(SyncEndpoint[OpenaiGptImage2Input, OpenaiGptImage2Output]):
    """Openai Gpt Image 2 (`openai/gpt-image-2`).

    Category: text-to-image. Docs: https://fal.ai/models/openai/gpt-image-2/api
    """

    endpoint_id: ClassVar[str] = "openai/gpt-image-2"
    input_model: ClassVar[type[OpenaiGptImage2Input]] = OpenaiGptImage2Input
    output_model: ClassVar[type[OpenaiGptImage2Output]] = OpenaiGptImage2Output
    Input = OpenaiGptImage2Input
    Output = OpenaiGptImage2Output

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OpenaiGptImage2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenaiGptImage2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenaiGptImage2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenaiGptImage2Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncOpenaiGptImage2(AsyncEndpoint[OpenaiGptImage2Input, OpenaiGptImage2Output]):
    """Openai Gpt Image 2 (`openai/gpt-image-2`).

    Category: text-to-image. Docs: https://fal.ai/models/openai/gpt-image-2/api
    """

    endpoint_id: ClassVar[str] = "openai/gpt-image-2"
    input_model: ClassVar[type[OpenaiGptImage2Input]] = OpenaiGptImage2Input
    output_model: ClassVar[type[OpenaiGptImage2Output]] = OpenaiGptImage2Output
    Input = OpenaiGptImage2Input
    Output = OpenaiGptImage2Output

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenaiGptImage2Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenaiGptImage2Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenaiGptImage2Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenaiGptImage2Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_size: The size of the generated image. Supports preset names, explicit {width,
                height}, or 'auto' to let the model pick the best size. Concrete sizes must have
                both dimensions as multiples of 16, max edge 3840px, aspect ratio <= 3:1, total
                pixels between 655,360 and 8,294,400. Default: "landscape_4_3".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
