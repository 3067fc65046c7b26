# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/gpt-image-1/text-to-image/byok` (GPT-Image-1 Text to Image (bring
your own key)).
"""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

import typing_extensions

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

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    def subscribe(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        **options: Unpack[SubscribeOptions],
    ) -> GptImage1TextToImageByokOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `SubscribeOptions`.
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
        return self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[GptImage1TextToImageByokOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `SubmitOptions`.
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
        return self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
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
        **options: Unpack[RunOptions],
    ) -> GptImage1TextToImageByokOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `RunOptions`.
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
        return self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[GptImage1TextToImageByokOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `StreamOptions`.
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
        return self._stream(payload, options)


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

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> GptImage1TextToImageByokOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `AsyncSubscribeOptions`.
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
        return await self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[GptImage1TextToImageByokOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `SubmitOptions`.
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
        return await self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
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
        **options: Unpack[RunOptions],
    ) -> GptImage1TextToImageByokOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `RunOptions`.
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
        return await self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/gpt-image-1/text-to-image/byok is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: Literal["auto", "1024x1024", "1536x1024", "1024x1536"] | Omit = omit,
        num_images: int | Omit = omit,
        quality: Literal["auto", "low", "medium", "high"] | Omit = omit,
        background: Literal["auto", "transparent", "opaque"] | Omit = omit,
        openai_api_key: str,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[GptImage1TextToImageByokOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to generate the image from.
            image_size: The size of the image to generate. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            quality: The quality of the image to generate. Default: "auto".
            background: The background of the image to generate. Default: "auto".
            openai_api_key: The OpenAI API key to use for the image generation. This endpoint is
                currently powered by bring-your-own-key system.
            **options: Call options, see `StreamOptions`.
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
        return self._stream(payload, options)
