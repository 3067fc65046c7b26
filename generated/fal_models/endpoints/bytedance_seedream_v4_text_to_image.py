# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`): the typed client for this fal endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from fal_models._clients import TimeoutArg
from fal_models._endpoint import AsyncEndpoint, OnEnqueue, OnQueueUpdate, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._types import Omit, Priority, omit
from fal_models.models import shared
from fal_models.models.bytedance_seedream_v4_text_to_image import (
    BytedanceSeedreamV4TextToImageInput,
    BytedanceSeedreamV4TextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV4TextToImage",
    "AsyncBytedanceSeedreamV4TextToImage",
    "BytedanceSeedreamV4TextToImageInput",
    "BytedanceSeedreamV4TextToImageOutput",
]


class BytedanceSeedreamV4TextToImage(
    SyncEndpoint[BytedanceSeedreamV4TextToImageInput, BytedanceSeedreamV4TextToImageOutput]
):
    """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`).

    Generate images using Bytedance's Seedream 4 model.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV4TextToImageInput]] = (
        BytedanceSeedreamV4TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV4TextToImageOutput]] = (
        BytedanceSeedreamV4TextToImageOutput
    )
    Input = BytedanceSeedreamV4TextToImageInput
    Output = BytedanceSeedreamV4TextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
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
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RequestHandle[BytedanceSeedreamV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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


class AsyncBytedanceSeedreamV4TextToImage(
    AsyncEndpoint[BytedanceSeedreamV4TextToImageInput, BytedanceSeedreamV4TextToImageOutput]
):
    """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`).

    Generate images using Bytedance's Seedream 4 model.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV4TextToImageInput]] = (
        BytedanceSeedreamV4TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV4TextToImageOutput]] = (
        BytedanceSeedreamV4TextToImageOutput
    )
    Input = BytedanceSeedreamV4TextToImageInput
    Output = BytedanceSeedreamV4TextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
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
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AsyncRequestHandle[BytedanceSeedreamV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode provides higher
                quality results but takes longer to generate. Fast mode provides average quality
                results but takes less time to generate. Default: "standard".
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
                "num_images": num_images,
                "max_images": max_images,
                "seed": seed,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "enhance_prompt_mode": enhance_prompt_mode,
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
