# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/klein/9b` (Flux 2 Klein 9b)."""

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
from fal_models.models.flux_2_klein_v9b import (
    Flux2Klein9bInput,
    Flux2Klein9bOutput,
    ImageSizePreset,
)

__all__ = ["Flux2Klein9b", "AsyncFlux2Klein9b", "Flux2Klein9bInput", "Flux2Klein9bOutput"]


class Flux2Klein9b(SyncEndpoint[Flux2Klein9bInput, Flux2Klein9bOutput]):
    """Flux 2 Klein 9b (`fal-ai/flux-2/klein/9b`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/9b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/9b"
    input_model: ClassVar[type[Flux2Klein9bInput]] = Flux2Klein9bInput
    output_model: ClassVar[type[Flux2Klein9bOutput]] = Flux2Klein9bOutput
    Input = Flux2Klein9bInput
    Output = Flux2Klein9bOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2Klein9bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2Klein9bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein9bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2Klein9bOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2Klein9b(AsyncEndpoint[Flux2Klein9bInput, Flux2Klein9bOutput]):
    """Flux 2 Klein 9b (`fal-ai/flux-2/klein/9b`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/9b/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/9b"
    input_model: ClassVar[type[Flux2Klein9bInput]] = Flux2Klein9bInput
    output_model: ClassVar[type[Flux2Klein9bOutput]] = Flux2Klein9bOutput
    Input = Flux2Klein9bInput
    Output = Flux2Klein9bOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2Klein9bOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2Klein9bOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2Klein9bOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2Klein9bOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the image to generate. Default: "landscape_4_3".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
