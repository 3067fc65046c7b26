# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-pro/v1.1` (Flux Pro V1.1)."""

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
from fal_models.models.flux_pro_v1_1 import FluxProV1_1Input, FluxProV1_1Output, ImageSizePreset

__all__ = ["FluxProV1_1", "AsyncFluxProV1_1", "FluxProV1_1Input", "FluxProV1_1Output"]


class FluxProV1_1(SyncEndpoint[FluxProV1_1Input, FluxProV1_1Output]):
    """Flux Pro V1.1 (`fal-ai/flux-pro/v1.1`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1.1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1.1"
    input_model: ClassVar[type[FluxProV1_1Input]] = FluxProV1_1Input
    output_model: ClassVar[type[FluxProV1_1Output]] = FluxProV1_1Output
    Input = FluxProV1_1Input
    Output = FluxProV1_1Output

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> FluxProV1_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxProV1_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxProV1_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxProV1_1Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)


class AsyncFluxProV1_1(AsyncEndpoint[FluxProV1_1Input, FluxProV1_1Output]):
    """Flux Pro V1.1 (`fal-ai/flux-pro/v1.1`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1.1/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1.1"
    input_model: ClassVar[type[FluxProV1_1Input]] = FluxProV1_1Input
    output_model: ClassVar[type[FluxProV1_1Output]] = FluxProV1_1Output
    Input = FluxProV1_1Input
    Output = FluxProV1_1Output

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxProV1_1Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxProV1_1Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> FluxProV1_1Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxProV1_1Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
            }
        )
        return self._stream(payload, options)
