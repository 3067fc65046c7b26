# Generated from specs/ by `python -m generator generate`. Do not edit.
"""Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`): the typed client for this fal endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from fal_models._clients import TimeoutArg
from fal_models._endpoint import AsyncEndpoint, OnEnqueue, OnQueueUpdate, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._types import Omit, Priority, omit
from fal_models.models import shared
from fal_models.models.bytedance_seedream_v4_5_edit import (
    BytedanceSeedreamV45EditInput,
    BytedanceSeedreamV45EditOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV45Edit",
    "AsyncBytedanceSeedreamV45Edit",
    "BytedanceSeedreamV45EditInput",
    "BytedanceSeedreamV45EditOutput",
]


class BytedanceSeedreamV45Edit(
    SyncEndpoint[BytedanceSeedreamV45EditInput, BytedanceSeedreamV45EditOutput]
):
    """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`).

    Edit images using Bytedance's Seedream 4.5 model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/edit"
    input_model: ClassVar[type[BytedanceSeedreamV45EditInput]] = BytedanceSeedreamV45EditInput
    output_model: ClassVar[type[BytedanceSeedreamV45EditOutput]] = BytedanceSeedreamV45EditOutput
    Input = BytedanceSeedreamV45EditInput
    Output = BytedanceSeedreamV45EditOutput

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
        image_urls: list[str],
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
    ) -> BytedanceSeedreamV45EditOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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
        image_urls: list[str],
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RequestHandle[BytedanceSeedreamV45EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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
        image_urls: list[str],
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BytedanceSeedreamV45EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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


class AsyncBytedanceSeedreamV45Edit(
    AsyncEndpoint[BytedanceSeedreamV45EditInput, BytedanceSeedreamV45EditOutput]
):
    """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`).

    Edit images using Bytedance's Seedream 4.5 model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/edit"
    input_model: ClassVar[type[BytedanceSeedreamV45EditInput]] = BytedanceSeedreamV45EditInput
    output_model: ClassVar[type[BytedanceSeedreamV45EditOutput]] = BytedanceSeedreamV45EditOutput
    Input = BytedanceSeedreamV45EditInput
    Output = BytedanceSeedreamV45EditOutput

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
        image_urls: list[str],
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
    ) -> BytedanceSeedreamV45EditOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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
        image_urls: list[str],
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AsyncRequestHandle[BytedanceSeedreamV45EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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
        image_urls: list[str],
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> BytedanceSeedreamV45EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and 4096,
                or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The model
                will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of
                images generated will be between `num_images` and `max_images*num_images`. The
                total number of images (image inputs + image outputs) must not exceed 15.
                Default: 1. Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't be
                available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default: true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs are
                allowed. If over 10 images are sent, only the last 10 will be used. Limits: max
                items 10.
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
                "image_urls": image_urls,
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
