# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/pony-v7` (Pony V7)."""

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
from fal_models.models.pony_v7 import ImageSizePreset, PonyV7Input, PonyV7Output

__all__ = ["PonyV7", "AsyncPonyV7", "PonyV7Input", "PonyV7Output"]


class PonyV7(SyncEndpoint[PonyV7Input, PonyV7Output]):
    """Pony V7 (`fal-ai/pony-v7`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/pony-v7/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pony-v7"
    input_model: ClassVar[type[PonyV7Input]] = PonyV7Input
    output_model: ClassVar[type[PonyV7Output]] = PonyV7Output
    Input = PonyV7Input
    Output = PonyV7Output

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PonyV7Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PonyV7Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PonyV7Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PonyV7Output]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)


class AsyncPonyV7(AsyncEndpoint[PonyV7Input, PonyV7Output]):
    """Pony V7 (`fal-ai/pony-v7`).

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/pony-v7/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/pony-v7"
    input_model: ClassVar[type[PonyV7Input]] = PonyV7Input
    output_model: ClassVar[type[PonyV7Output]] = PonyV7Output
    Input = PonyV7Input
    Output = PonyV7Output

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PonyV7Output:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PonyV7Output]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PonyV7Output:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
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
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_inference_steps: int | Omit = omit,
        noise_source: Literal["gpu", "cpu"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PonyV7Output]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate images from.
            image_size: The size of the generated image. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 2.
            seed: The seed to use for generating images.
            guidance_scale: Classifier free guidance scale. Default: 3.5. Limits: minimum 0, maximum
                20.
            num_inference_steps: The number of inference steps to take. Default: 40. Limits: minimum
                20, maximum 50.
            noise_source: The source of the noise to use for generating images. If set to 'gpu', the
                noise will be generated on the GPU. If set to 'cpu', the noise will be generated on
                the CPU. Default: "gpu".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                false.
            output_format: The format of the generated image. Default: "jpeg".
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "num_inference_steps": num_inference_steps,
                "noise_source": noise_source,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
            }
        )
        return self._stream(payload, options)
