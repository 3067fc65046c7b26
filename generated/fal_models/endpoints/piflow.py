# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/piflow` (Piflow)."""

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
from fal_models.models.piflow import ImageSizePreset, PiflowInput, PiflowOutput

__all__ = ["Piflow", "AsyncPiflow", "PiflowInput", "PiflowOutput"]


class Piflow(SyncEndpoint[PiflowInput, PiflowOutput]):
    """Piflow (`fal-ai/piflow`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/piflow/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/piflow"
    input_model: ClassVar[type[PiflowInput]] = PiflowInput
    output_model: ClassVar[type[PiflowOutput]] = PiflowOutput
    Input = PiflowInput
    Output = PiflowOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PiflowOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PiflowOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PiflowOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PiflowOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPiflow(AsyncEndpoint[PiflowInput, PiflowOutput]):
    """Piflow (`fal-ai/piflow`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/piflow/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/piflow"
    input_model: ClassVar[type[PiflowInput]] = PiflowInput
    output_model: ClassVar[type[PiflowOutput]] = PiflowOutput
    Input = PiflowInput
    Output = PiflowOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PiflowOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PiflowOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PiflowOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PiflowOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate an image from.
            image_size: The size of the generated image. You can choose between some presets or
                custom height and width that **must be multiples of 8**. Default: "square_hd".
            num_inference_steps: The number of inference steps to perform. Default: 8. Limits:
                minimum 1, maximum 50.
            seed: Random seed for reproducible generation. If set to None, a random seed will be
                used.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "num_images": num_images,
                "output_format": output_format,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
