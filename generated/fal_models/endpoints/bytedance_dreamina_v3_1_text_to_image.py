# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/dreamina/v3.1/text-to-image` (Bytedance Dreamina v3.1
Text to Image).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models import shared
from fal_models.models.bytedance_dreamina_v3_1_text_to_image import (
    BytedanceDreaminaV3_1TextToImageInput,
    BytedanceDreaminaV3_1TextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceDreaminaV3_1TextToImage",
    "AsyncBytedanceDreaminaV3_1TextToImage",
    "BytedanceDreaminaV3_1TextToImageInput",
    "BytedanceDreaminaV3_1TextToImageOutput",
]


class BytedanceDreaminaV3_1TextToImage(
    SyncEndpoint[BytedanceDreaminaV3_1TextToImageInput, BytedanceDreaminaV3_1TextToImageOutput]
):
    """Bytedance Dreamina v3.1 Text to Image (`fal-ai/bytedance/dreamina/v3.1/text-to-image`).

    Generate images using Bytedance's Dreamina 3.1 model.

    Deprecated: fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated.

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/dreamina/v3.1/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/dreamina/v3.1/text-to-image"
    input_model: ClassVar[type[BytedanceDreaminaV3_1TextToImageInput]] = (
        BytedanceDreaminaV3_1TextToImageInput
    )
    output_model: ClassVar[type[BytedanceDreaminaV3_1TextToImageOutput]] = (
        BytedanceDreaminaV3_1TextToImageOutput
    )
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    Input = BytedanceDreaminaV3_1TextToImageInput
    Output = BytedanceDreaminaV3_1TextToImageOutput

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceDreaminaV3_1TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceDreaminaV3_1TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceDreaminaV3_1TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceDreaminaV3_1TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceDreaminaV3_1TextToImage(
    AsyncEndpoint[BytedanceDreaminaV3_1TextToImageInput, BytedanceDreaminaV3_1TextToImageOutput]
):
    """Bytedance Dreamina v3.1 Text to Image (`fal-ai/bytedance/dreamina/v3.1/text-to-image`).

    Generate images using Bytedance's Dreamina 3.1 model.

    Deprecated: fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated.

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/dreamina/v3.1/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/dreamina/v3.1/text-to-image"
    input_model: ClassVar[type[BytedanceDreaminaV3_1TextToImageInput]] = (
        BytedanceDreaminaV3_1TextToImageInput
    )
    output_model: ClassVar[type[BytedanceDreaminaV3_1TextToImageOutput]] = (
        BytedanceDreaminaV3_1TextToImageOutput
    )
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    Input = BytedanceDreaminaV3_1TextToImageInput
    Output = BytedanceDreaminaV3_1TextToImageOutput

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceDreaminaV3_1TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceDreaminaV3_1TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceDreaminaV3_1TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/dreamina/v3.1/text-to-image is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceDreaminaV3_1TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 512 and
                2048. Default: {"height": 1536, "width": 2048}.
            enhance_prompt: Whether to use an LLM to enhance the prompt. Default: false.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "enhance_prompt": enhance_prompt,
                "num_images": num_images,
                "seed": seed,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
