# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/nano-banana-pro/edit` (Nano Banana Pro Edit)."""

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
from fal_models.models.nano_banana_pro_edit import NanoBananaProEditInput, NanoBananaProEditOutput

__all__ = [
    "NanoBananaProEdit",
    "AsyncNanoBananaProEdit",
    "NanoBananaProEditInput",
    "NanoBananaProEditOutput",
]


class NanoBananaProEdit(SyncEndpoint[NanoBananaProEditInput, NanoBananaProEditOutput]):
    """Nano Banana Pro Edit (`fal-ai/nano-banana-pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/nano-banana-pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nano-banana-pro/edit"
    input_model: ClassVar[type[NanoBananaProEditInput]] = NanoBananaProEditInput
    output_model: ClassVar[type[NanoBananaProEditOutput]] = NanoBananaProEditOutput
    Input = NanoBananaProEditInput
    Output = NanoBananaProEditOutput

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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> NanoBananaProEditOutput:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[NanoBananaProEditOutput]:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NanoBananaProEditOutput:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[NanoBananaProEditOutput]:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
            }
        )
        return self._stream(payload, options)


class AsyncNanoBananaProEdit(AsyncEndpoint[NanoBananaProEditInput, NanoBananaProEditOutput]):
    """Nano Banana Pro Edit (`fal-ai/nano-banana-pro/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/nano-banana-pro/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/nano-banana-pro/edit"
    input_model: ClassVar[type[NanoBananaProEditInput]] = NanoBananaProEditInput
    output_model: ClassVar[type[NanoBananaProEditOutput]] = NanoBananaProEditOutput
    Input = NanoBananaProEditInput
    Output = NanoBananaProEditOutput

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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> NanoBananaProEditOutput:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[NanoBananaProEditOutput]:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> NanoBananaProEditOutput:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
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
        system_prompt: str | Omit = omit,
        resolution: Literal["1K", "2K", "4K"] | Omit = omit,
        limit_generations: bool | Omit = omit,
        enable_web_search: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[NanoBananaProEditOutput]:
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
            system_prompt: Optional system instruction that steers the model's persona and output
                style across the request. Leave blank to omit; when provided, it is sent as the
                system instruction to Gemini (or as a system message on OpenAI-compatible
                providers). Default: "". Limits: max length 50000.
            resolution: The resolution of the image to generate. Default: "1K".
            limit_generations: Experimental parameter to limit the number of generations from each
                round of prompting to 1. Set to `True` to to disregard any instructions in the
                prompt regarding the number of images to generate. Default: false.
            enable_web_search: Enable web search for the image generation task. This will allow the
                model to use the latest information from the web to generate the image. Default:
                false.
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
                "system_prompt": system_prompt,
                "resolution": resolution,
                "limit_generations": limit_generations,
                "enable_web_search": enable_web_search,
            }
        )
        return self._stream(payload, options)
