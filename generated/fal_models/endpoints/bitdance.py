# Generated from specs/ by `python -m generator generate`. Do not edit.
"""BitDance Text to Image (`fal-ai/bitdance`): the typed client for this fal endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from fal_models._clients import TimeoutArg
from fal_models._endpoint import AsyncEndpoint, OnEnqueue, OnQueueUpdate, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._types import Omit, Priority, omit
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
        on_enqueue: OnEnqueue | None = None,
        on_queue_update: OnQueueUpdate | None = None,
        logs: bool = False,
        client_timeout: float | None = None,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BitdanceOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            on_enqueue: Called with the request id as soon as fal accepted the request.
            on_queue_update: Called with each queue status while waiting.
            logs: Ask fal for the request's logs in status updates.
            client_timeout: Give up after this many seconds: cancel the request and raise.
            webhook_url: fal POSTs the result here when done.
            priority: Queue priority, "normal" or "low".
            hint: Runner hint for routing.
            start_timeout: Server-side deadline (seconds) for the request to start running.
            headers: Extra HTTP headers for the submit.
            max_retries: Override the client's retry count for this call.
            strict: Reject unknown output fields and enum values.
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
        return self._subscribe(
            payload,
            on_enqueue=on_enqueue,
            on_queue_update=on_queue_update,
            logs=logs,
            client_timeout=client_timeout,
            strict=strict,
            webhook_url=webhook_url,
            priority=priority,
            hint=hint,
            start_timeout=start_timeout,
            headers=headers,
            max_retries=max_retries,
        )

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
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RequestHandle[BitdanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            webhook_url: fal POSTs the result here when done.
            priority: Queue priority, "normal" or "low".
            hint: Runner hint for routing.
            start_timeout: Server-side deadline (seconds) for the request to start running.
            headers: Extra HTTP headers for the submit.
            max_retries: Override the client's retry count for this call.
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
        return self._submit(
            payload,
            webhook_url=webhook_url,
            priority=priority,
            hint=hint,
            start_timeout=start_timeout,
            headers=headers,
            max_retries=max_retries,
        )

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
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BitdanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            timeout: HTTP timeout for this call (seconds or httpx.Timeout).
            start_timeout: Server-side deadline (seconds) for the request to start running.
            hint: Runner hint for routing.
            headers: Extra HTTP headers.
            max_retries: Override the client's retry count for this call.
            strict: Reject unknown output fields and enum values.
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
        return self._run(
            payload,
            timeout=timeout,
            start_timeout=start_timeout,
            hint=hint,
            headers=headers,
            max_retries=max_retries,
            strict=strict,
        )


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
        on_enqueue: OnEnqueue | None = None,
        on_queue_update: OnQueueUpdate | None = None,
        logs: bool = False,
        client_timeout: float | None = None,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BitdanceOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            on_enqueue: Called with the request id as soon as fal accepted the request.
            on_queue_update: Called with each queue status while waiting.
            logs: Ask fal for the request's logs in status updates.
            client_timeout: Give up after this many seconds: cancel the request and raise.
            webhook_url: fal POSTs the result here when done.
            priority: Queue priority, "normal" or "low".
            hint: Runner hint for routing.
            start_timeout: Server-side deadline (seconds) for the request to start running.
            headers: Extra HTTP headers for the submit.
            max_retries: Override the client's retry count for this call.
            strict: Reject unknown output fields and enum values.
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
        return await self._subscribe(
            payload,
            on_enqueue=on_enqueue,
            on_queue_update=on_queue_update,
            logs=logs,
            client_timeout=client_timeout,
            strict=strict,
            webhook_url=webhook_url,
            priority=priority,
            hint=hint,
            start_timeout=start_timeout,
            headers=headers,
            max_retries=max_retries,
        )

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
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AsyncRequestHandle[BitdanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            webhook_url: fal POSTs the result here when done.
            priority: Queue priority, "normal" or "low".
            hint: Runner hint for routing.
            start_timeout: Server-side deadline (seconds) for the request to start running.
            headers: Extra HTTP headers for the submit.
            max_retries: Override the client's retry count for this call.
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
        return await self._submit(
            payload,
            webhook_url=webhook_url,
            priority=priority,
            hint=hint,
            start_timeout=start_timeout,
            headers=headers,
            max_retries=max_retries,
        )

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
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BitdanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text prompt for image generation.
            image_size: The size of the generated image. Will be snapped to the nearest supported
                resolution. Default: "square_hd".
            num_inference_steps: Number of diffusion sampling steps per decoding step. Higher values (e.g. 50)
                improve quality at the cost of speed. Default: 25. Limits: minimum 10, maximum
                100.
            guidance_scale: Classifier-free guidance scale. Higher values follow the prompt more closely.
                Default: 7.5. Limits: minimum 1, maximum 15.
            seed: Random seed for reproducibility. The same seed and prompt will produce the same
                image.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If true, the media will be returned as a data URI. Default: false.
            timeout: HTTP timeout for this call (seconds or httpx.Timeout).
            start_timeout: Server-side deadline (seconds) for the request to start running.
            hint: Runner hint for routing.
            headers: Extra HTTP headers.
            max_retries: Override the client's retry count for this call.
            strict: Reject unknown output fields and enum values.
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
        return await self._run(
            payload,
            timeout=timeout,
            start_timeout=start_timeout,
            hint=hint,
            headers=headers,
            max_retries=max_retries,
            strict=strict,
        )
