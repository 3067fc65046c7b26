# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bitdance` (BitDance Text to Image)."""

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
from fal_models.models.bitdance import BitdanceInput, BitdanceOutput, ImageSizePreset

__all__ = ["Bitdance", "AsyncBitdance", "BitdanceInput", "BitdanceOutput"]


class Bitdance(SyncEndpoint[BitdanceInput, BitdanceOutput]):
    """BitDance Text to Image (`fal-ai/bitdance`).

    Image generation with BitDance: fast, high-resolution photorealistic images using an
    autoregressive LLM.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bitdance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bitdance"
    input_model: ClassVar[type[BitdanceInput]] = BitdanceInput
    output_model: ClassVar[type[BitdanceOutput]] = BitdanceOutput
    Input = BitdanceInput
    Output = BitdanceOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BitdanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BitdanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BitdanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BitdanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBitdance(AsyncEndpoint[BitdanceInput, BitdanceOutput]):
    """BitDance Text to Image (`fal-ai/bitdance`).

    Image generation with BitDance: fast, high-resolution photorealistic images using an
    autoregressive LLM.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bitdance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bitdance"
    input_model: ClassVar[type[BitdanceInput]] = BitdanceInput
    output_model: ClassVar[type[BitdanceOutput]] = BitdanceOutput
    Input = BitdanceInput
    Output = BitdanceOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BitdanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BitdanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BitdanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_inference_steps: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BitdanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values
                (e.g. 50) improve quality at the cost of speed. Default: 25. Limits: minimum 10,
                maximum 100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more
                closely. Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
