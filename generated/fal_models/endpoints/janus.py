# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/janus` (Janus)."""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.janus import ImageSizePreset, JanusInput, JanusOutput

__all__ = ["Janus", "AsyncJanus", "JanusInput", "JanusOutput"]


class Janus(SyncEndpoint[JanusInput, JanusOutput]):
    """Janus (`fal-ai/janus`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/janus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/janus"
    input_model: ClassVar[type[JanusInput]] = JanusInput
    output_model: ClassVar[type[JanusOutput]] = JanusOutput
    Input = JanusInput
    Output = JanusOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> JanusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[JanusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> JanusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[JanusOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)


class AsyncJanus(AsyncEndpoint[JanusInput, JanusOutput]):
    """Janus (`fal-ai/janus`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/janus/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/janus"
    input_model: ClassVar[type[JanusInput]] = JanusInput
    output_model: ClassVar[type[JanusOutput]] = JanusOutput
    Input = JanusInput
    Output = JanusOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> JanusOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[JanusOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> JanusOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        temperature: float | Omit = omit,
        cfg_weight: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[JanusOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "square".
            temperature: Controls randomness in the generation. Higher values make output more
                random. Default: 1. Limits: minimum 0.1, maximum 2.
            cfg_weight: Classifier Free Guidance scale - how closely to follow the prompt. Default:
                5. Limits: minimum 1, maximum 20.
            num_images: Number of images to generate in parallel. Default: 1. Limits: minimum 1,
                maximum 16.
            seed: Random seed for reproducible generation.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "temperature": temperature,
                "cfg_weight": cfg_weight,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
            }
        )
        return self._stream(payload, options)
