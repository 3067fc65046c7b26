# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/imagen3/fast` (Imagen3 Fast)."""

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
from fal_models.models.imagen3_fast import Imagen3FastInput, Imagen3FastOutput

__all__ = ["Imagen3Fast", "AsyncImagen3Fast", "Imagen3FastInput", "Imagen3FastOutput"]


class Imagen3Fast(SyncEndpoint[Imagen3FastInput, Imagen3FastOutput]):
    """Imagen3 Fast (`fal-ai/imagen3/fast`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/imagen3/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imagen3/fast"
    input_model: ClassVar[type[Imagen3FastInput]] = Imagen3FastInput
    output_model: ClassVar[type[Imagen3FastOutput]] = Imagen3FastOutput
    Input = Imagen3FastInput
    Output = Imagen3FastOutput

    def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Imagen3FastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Imagen3FastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Imagen3FastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Imagen3FastOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return self._stream(payload, options)


class AsyncImagen3Fast(AsyncEndpoint[Imagen3FastInput, Imagen3FastOutput]):
    """Imagen3 Fast (`fal-ai/imagen3/fast`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/imagen3/fast/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/imagen3/fast"
    input_model: ClassVar[type[Imagen3FastInput]] = Imagen3FastInput
    output_model: ClassVar[type[Imagen3FastOutput]] = Imagen3FastOutput
    Input = Imagen3FastInput
    Output = Imagen3FastOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Imagen3FastOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Imagen3FastOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Imagen3FastOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        negative_prompt: str | Omit = omit,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "3:4", "4:3"] | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Imagen3FastOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt describing what you want to see.
            negative_prompt: A description of what to discourage in the generated images. Default:
                "".
            aspect_ratio: The aspect ratio of the generated image. Default: "1:1".
            num_images: Number of images to generate (1-4). Default: 1. Limits: minimum 1, maximum
                4.
            seed: Random seed for reproducible generation.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "num_images": num_images,
                "seed": seed,
            }
        )
        return self._stream(payload, options)
