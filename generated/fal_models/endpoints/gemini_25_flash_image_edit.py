# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/gemini-25-flash-image/edit` (Gemini 25 Flash Image Edit)."""

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
from fal_models.models.gemini_25_flash_image_edit import (
    Gemini25FlashImageEditInput,
    Gemini25FlashImageEditOutput,
)

__all__ = [
    "Gemini25FlashImageEdit",
    "AsyncGemini25FlashImageEdit",
    "Gemini25FlashImageEditInput",
    "Gemini25FlashImageEditOutput",
]


class Gemini25FlashImageEdit(
    SyncEndpoint[Gemini25FlashImageEditInput, Gemini25FlashImageEditOutput]
):
    """Gemini 25 Flash Image Edit (`fal-ai/gemini-25-flash-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/gemini-25-flash-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-25-flash-image/edit"
    input_model: ClassVar[type[Gemini25FlashImageEditInput]] = Gemini25FlashImageEditInput
    output_model: ClassVar[type[Gemini25FlashImageEditOutput]] = Gemini25FlashImageEditOutput
    Input = Gemini25FlashImageEditInput
    Output = Gemini25FlashImageEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Gemini25FlashImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Gemini25FlashImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini25FlashImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Gemini25FlashImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return self._stream(payload, options)


class AsyncGemini25FlashImageEdit(
    AsyncEndpoint[Gemini25FlashImageEditInput, Gemini25FlashImageEditOutput]
):
    """Gemini 25 Flash Image Edit (`fal-ai/gemini-25-flash-image/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/gemini-25-flash-image/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-25-flash-image/edit"
    input_model: ClassVar[type[Gemini25FlashImageEditInput]] = Gemini25FlashImageEditInput
    output_model: ClassVar[type[Gemini25FlashImageEditOutput]] = Gemini25FlashImageEditOutput
    Input = Gemini25FlashImageEditInput
    Output = Gemini25FlashImageEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Gemini25FlashImageEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Gemini25FlashImageEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini25FlashImageEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "auto", "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | None
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        image_urls: list[FileInput],
        limit_generations: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Gemini25FlashImageEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt for image editing. Limits: min length 3, max length 50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "auto".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            image_urls: The URLs of the images to use for image-to-image generation or image
                editing. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "sync_mode": sync_mode,
                "image_urls": image_urls,
                "limit_generations": limit_generations,
            }
        )
        return self._stream(payload, options)
