# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imagen4/preview/fast` (Imagen4 Preview Fast)."""

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
from fal_models.models.imagen4_preview_fast import Imagen4PreviewFastInput, Imagen4PreviewFastOutput

__all__ = [
    "Imagen4PreviewFast",
    "AsyncImagen4PreviewFast",
    "Imagen4PreviewFastInput",
    "Imagen4PreviewFastOutput",
]


class Imagen4PreviewFast(SyncEndpoint[Imagen4PreviewFastInput, Imagen4PreviewFastOutput]):
    """Imagen4 Preview Fast (`fal-ai/imagen4/preview/fast`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/imagen4/preview/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imagen4/preview/fast"
    input_model: ClassVar[type[Imagen4PreviewFastInput]] = Imagen4PreviewFastInput
    output_model: ClassVar[type[Imagen4PreviewFastOutput]] = Imagen4PreviewFastOutput
    Input = Imagen4PreviewFastInput
    Output = Imagen4PreviewFastOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Imagen4PreviewFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Imagen4PreviewFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Imagen4PreviewFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Imagen4PreviewFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return self._stream(payload, options)


class AsyncImagen4PreviewFast(AsyncEndpoint[Imagen4PreviewFastInput, Imagen4PreviewFastOutput]):
    """Imagen4 Preview Fast (`fal-ai/imagen4/preview/fast`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/imagen4/preview/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imagen4/preview/fast"
    input_model: ClassVar[type[Imagen4PreviewFastInput]] = Imagen4PreviewFastInput
    output_model: ClassVar[type[Imagen4PreviewFastOutput]] = Imagen4PreviewFastOutput
    Input = Imagen4PreviewFastInput
    Output = Imagen4PreviewFastOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Imagen4PreviewFastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Imagen4PreviewFastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Imagen4PreviewFastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4"] | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Imagen4PreviewFastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from. Limits: min length 3, max length
                5000.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: The seed for the random number generator.
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            output_format: The format of the generated image. Default: "png".
            safety_tolerance: The safety tolerance level for content moderation. 1 is the most
                strict (blocks most content), 6 is the least strict. Default: "4".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
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
            }
        )
        return self._stream(payload, options)
