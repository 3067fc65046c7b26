# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `openai/gpt-image-2/edit` (Openai Gpt Image 2 Edit)."""

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
from fal_models.models.openai_gpt_image_2_edit import (
    ImageSizePreset,
    OpenaiGptImage2EditInput,
    OpenaiGptImage2EditOutput,
)

__all__ = [
    "OpenaiGptImage2Edit",
    "AsyncOpenaiGptImage2Edit",
    "OpenaiGptImage2EditInput",
    "OpenaiGptImage2EditOutput",
]


class OpenaiGptImage2Edit(SyncEndpoint[OpenaiGptImage2EditInput, OpenaiGptImage2EditOutput]):
    """Openai Gpt Image 2 Edit (`openai/gpt-image-2/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/openai/gpt-image-2/edit/api
    """

    endpoint_id: ClassVar[str] = "openai/gpt-image-2/edit"
    input_model: ClassVar[type[OpenaiGptImage2EditInput]] = OpenaiGptImage2EditInput
    output_model: ClassVar[type[OpenaiGptImage2EditOutput]] = OpenaiGptImage2EditOutput
    Input = OpenaiGptImage2EditInput
    Output = OpenaiGptImage2EditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> OpenaiGptImage2EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[OpenaiGptImage2EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenaiGptImage2EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[OpenaiGptImage2EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)


class AsyncOpenaiGptImage2Edit(AsyncEndpoint[OpenaiGptImage2EditInput, OpenaiGptImage2EditOutput]):
    """Openai Gpt Image 2 Edit (`openai/gpt-image-2/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/openai/gpt-image-2/edit/api
    """

    endpoint_id: ClassVar[str] = "openai/gpt-image-2/edit"
    input_model: ClassVar[type[OpenaiGptImage2EditInput]] = OpenaiGptImage2EditInput
    output_model: ClassVar[type[OpenaiGptImage2EditOutput]] = OpenaiGptImage2EditOutput
    Input = OpenaiGptImage2EditInput
    Output = OpenaiGptImage2EditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> OpenaiGptImage2EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[OpenaiGptImage2EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> OpenaiGptImage2EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_urls: list[FileInput],
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        mask_url: FileInput | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[OpenaiGptImage2EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image generation. Limits: min length 2, max length 32000.
            image_urls: The URLs of the images to use as a reference for the generation. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
            image_size: The size of the generated image. Use 'auto' to infer from input images.
                Default: "auto".
            quality: Quality for the generated image. Use 'auto' to let the model pick the best
                quality for the prompt. Default: "high".
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: Output format for the images. Default: "png".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            mask_url: The URL of the mask image to use for the generation. This indicates what part
                of the image to edit. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_urls": image_urls,
                "image_size": image_size,
                "quality": quality,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)
