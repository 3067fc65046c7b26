# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/gpt-image-1-mini/edit` (Gpt Image 1 Mini Edit)."""

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
from fal_models.models.gpt_image_1_mini_edit import GptImage1MiniEditInput, GptImage1MiniEditOutput

__all__ = [
    "GptImage1MiniEdit",
    "AsyncGptImage1MiniEdit",
    "GptImage1MiniEditInput",
    "GptImage1MiniEditOutput",
]


class GptImage1MiniEdit(SyncEndpoint[GptImage1MiniEditInput, GptImage1MiniEditOutput]):
    """Gpt Image 1 Mini Edit (`fal-ai/gpt-image-1-mini/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/gpt-image-1-mini/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gpt-image-1-mini/edit"
    input_model: ClassVar[type[GptImage1MiniEditInput]] = GptImage1MiniEditInput
    output_model: ClassVar[type[GptImage1MiniEditOutput]] = GptImage1MiniEditOutput
    Input = GptImage1MiniEditInput
    Output = GptImage1MiniEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> GptImage1MiniEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GptImage1MiniEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GptImage1MiniEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GptImage1MiniEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncGptImage1MiniEdit(AsyncEndpoint[GptImage1MiniEditInput, GptImage1MiniEditOutput]):
    """Gpt Image 1 Mini Edit (`fal-ai/gpt-image-1-mini/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/gpt-image-1-mini/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gpt-image-1-mini/edit"
    input_model: ClassVar[type[GptImage1MiniEditInput]] = GptImage1MiniEditInput
    output_model: ClassVar[type[GptImage1MiniEditOutput]] = GptImage1MiniEditOutput
    Input = GptImage1MiniEditInput
    Output = GptImage1MiniEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GptImage1MiniEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GptImage1MiniEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> GptImage1MiniEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
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
        image_urls: list[FileInput],
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GptImage1MiniEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: Aspect ratio for the generated image. Default: "auto".
            background: Background for the generated image. Default: "auto".
            quality: Quality for the generated image. Default: "auto".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "background": background,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
