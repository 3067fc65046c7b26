# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/gemini-25-flash-image` (Gemini 25 Flash Image)."""

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
from fal_models.models.gemini_25_flash_image import (
    Gemini25FlashImageInput,
    Gemini25FlashImageOutput,
)

__all__ = [
    "Gemini25FlashImage",
    "AsyncGemini25FlashImage",
    "Gemini25FlashImageInput",
    "Gemini25FlashImageOutput",
]


class Gemini25FlashImage(SyncEndpoint[Gemini25FlashImageInput, Gemini25FlashImageOutput]):
    """Gemini 25 Flash Image (`fal-ai/gemini-25-flash-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/gemini-25-flash-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-25-flash-image"
    input_model: ClassVar[type[Gemini25FlashImageInput]] = Gemini25FlashImageInput
    output_model: ClassVar[type[Gemini25FlashImageOutput]] = Gemini25FlashImageOutput
    Input = Gemini25FlashImageInput
    Output = Gemini25FlashImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Gemini25FlashImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Gemini25FlashImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini25FlashImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Gemini25FlashImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "limit_generations": limit_generations,
            }
        )
        return self._stream(payload, options)


class AsyncGemini25FlashImage(AsyncEndpoint[Gemini25FlashImageInput, Gemini25FlashImageOutput]):
    """Gemini 25 Flash Image (`fal-ai/gemini-25-flash-image`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/gemini-25-flash-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gemini-25-flash-image"
    input_model: ClassVar[type[Gemini25FlashImageInput]] = Gemini25FlashImageInput
    output_model: ClassVar[type[Gemini25FlashImageOutput]] = Gemini25FlashImageOutput
    Input = Gemini25FlashImageInput
    Output = Gemini25FlashImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal[
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Gemini25FlashImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Gemini25FlashImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Gemini25FlashImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            "21:9", "16:9", "3:2", "4:3", "5:4", "1:1", "4:5", "3:4", "2:3", "9:16"
        ]
        | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        limit_generations: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Gemini25FlashImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                50000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
                "limit_generations": limit_generations,
            }
        )
        return self._stream(payload, options)
