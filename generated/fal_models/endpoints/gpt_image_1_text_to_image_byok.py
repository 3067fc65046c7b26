# Generated from specs/ by `python -m generator generate`. Do not edit.
"""GPT-Image-1 Text to Image (bring your own key) (`fal-ai/gpt-image-1/text-to-image/byok`): the typed client for this fal endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from fal_models._clients import TimeoutArg
from fal_models._endpoint import AsyncEndpoint, OnEnqueue, OnQueueUpdate, SyncEndpoint
from fal_models._handles import AsyncRequestHandle, RequestHandle
from fal_models._types import Omit, Priority, omit
from fal_models.models.gpt_image_1_text_to_image_byok import (
    GptImage1TextToImageByokInput,
    GptImage1TextToImageByokOutput,
)

__all__ = [
    "GptImage1TextToImageByok",
    "AsyncGptImage1TextToImageByok",
    "GptImage1TextToImageByokInput",
    "GptImage1TextToImageByokOutput",
]


class GptImage1TextToImageByok(
    SyncEndpoint[GptImage1TextToImageByokInput, GptImage1TextToImageByokOutput]
):
    """GPT-Image-1 Text to Image (bring your own key) (`fal-ai/gpt-image-1/text-to-image/byok`).

    OpenAI's GPT-Image-1 on fal with your own OpenAI API key.

    Deprecated: fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/gpt-image-1/text-to-image/byok/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gpt-image-1/text-to-image/byok"
    input_model: ClassVar[type[GptImage1TextToImageByokInput]] = GptImage1TextToImageByokInput
    output_model: ClassVar[type[GptImage1TextToImageByokOutput]] = GptImage1TextToImageByokOutput
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    Input = GptImage1TextToImageByokInput
    Output = GptImage1TextToImageByokOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
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
    ) -> GptImage1TextToImageByokOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RequestHandle[GptImage1TextToImageByokOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> GptImage1TextToImageByokOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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


class AsyncGptImage1TextToImageByok(
    AsyncEndpoint[GptImage1TextToImageByokInput, GptImage1TextToImageByokOutput]
):
    """GPT-Image-1 Text to Image (bring your own key) (`fal-ai/gpt-image-1/text-to-image/byok`).

    OpenAI's GPT-Image-1 on fal with your own OpenAI API key.

    Deprecated: fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated.

    Category: text-to-image. Docs: https://fal.ai/models/fal-ai/gpt-image-1/text-to-image/byok/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/gpt-image-1/text-to-image/byok"
    input_model: ClassVar[type[GptImage1TextToImageByokInput]] = GptImage1TextToImageByokInput
    output_model: ClassVar[type[GptImage1TextToImageByokOutput]] = GptImage1TextToImageByokOutput
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    Input = GptImage1TextToImageByokInput
    Output = GptImage1TextToImageByokOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
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
    ) -> GptImage1TextToImageByokOutput:
        """Queue a request, wait for it, and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        webhook_url: str | None = None,
        priority: Priority | None = None,
        hint: str | None = None,
        start_timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AsyncRequestHandle[GptImage1TextToImageByokOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        timeout: TimeoutArg = omit,
        start_timeout: float | None = None,
        hint: str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        strict: bool = False,
    ) -> GptImage1TextToImageByokOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is currently
                powered by bring-your-own-key system.
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
                "quality": quality,
                "background": background,
                "openai_api_key": openai_api_key,
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
