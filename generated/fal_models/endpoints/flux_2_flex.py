# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2-flex` (Flux 2 Flex)."""

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
from fal_models.models.flux_2_flex import Flux2FlexInput, Flux2FlexOutput, ImageSizePreset

__all__ = ["Flux2Flex", "AsyncFlux2Flex", "Flux2FlexInput", "Flux2FlexOutput"]


class Flux2Flex(SyncEndpoint[Flux2FlexInput, Flux2FlexOutput]):
    """Flux 2 Flex (`fal-ai/flux-2-flex`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-flex/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-flex"
    input_model: ClassVar[type[Flux2FlexInput]] = Flux2FlexInput
    output_model: ClassVar[type[Flux2FlexOutput]] = Flux2FlexOutput
    Input = Flux2FlexInput
    Output = Flux2FlexOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> Flux2FlexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2FlexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2FlexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2FlexOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2Flex(AsyncEndpoint[Flux2FlexInput, Flux2FlexOutput]):
    """Flux 2 Flex (`fal-ai/flux-2-flex`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/flux-2-flex/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2-flex"
    input_model: ClassVar[type[Flux2FlexInput]] = Flux2FlexInput
    output_model: ClassVar[type[Flux2FlexOutput]] = Flux2FlexOutput
    Input = Flux2FlexInput
    Output = Flux2FlexOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2FlexOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2FlexOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> Flux2FlexOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        seed: int | None | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2FlexOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. Default: "landscape_4_3".
            seed: The seed to use for the generation.
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enable_safety_checker: Whether to enable the safety checker. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            guidance_scale: The guidance scale to use for the generation. Default: 3.5. Limits:
                minimum 1.5, maximum 10.
            num_inference_steps: The number of inference steps to perform. Default: 28. Limits:
                minimum 2, maximum 50.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
            }
        )
        return self._stream(payload, options)
