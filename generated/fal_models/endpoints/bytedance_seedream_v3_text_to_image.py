# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v3/text-to-image` (Bytedance Seedream v3 Text
to Image).
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
from fal_models.models.bytedance_seedream_v3_text_to_image import (
    BytedanceSeedreamV3TextToImageInput,
    BytedanceSeedreamV3TextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV3TextToImage",
    "AsyncBytedanceSeedreamV3TextToImage",
    "BytedanceSeedreamV3TextToImageInput",
    "BytedanceSeedreamV3TextToImageOutput",
]


class BytedanceSeedreamV3TextToImage(
    SyncEndpoint[BytedanceSeedreamV3TextToImageInput, BytedanceSeedreamV3TextToImageOutput]
):
    """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`).

    Generate images using Bytedance's Seedream 3 model.

    Deprecated: fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated.

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v3/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV3TextToImageInput]] = (
        BytedanceSeedreamV3TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV3TextToImageOutput]] = (
        BytedanceSeedreamV3TextToImageOutput
    )
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    Input = BytedanceSeedreamV3TextToImageInput
    Output = BytedanceSeedreamV3TextToImageOutput

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV3TextToImage(
    AsyncEndpoint[BytedanceSeedreamV3TextToImageInput, BytedanceSeedreamV3TextToImageOutput]
):
    """Bytedance Seedream v3 Text to Image (`fal-ai/bytedance/seedream/v3/text-to-image`).

    Generate images using Bytedance's Seedream 3 model.

    Deprecated: fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated.

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v3/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v3/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV3TextToImageInput]] = (
        BytedanceSeedreamV3TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV3TextToImageOutput]] = (
        BytedanceSeedreamV3TextToImageOutput
    )
    deprecated: ClassVar[str | None] = (
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    Input = BytedanceSeedreamV3TextToImageInput
    Output = BytedanceSeedreamV3TextToImageOutput

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV3TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    async def submit(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV3TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    async def run(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV3TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    @typing_extensions.deprecated(
        "fal endpoint fal-ai/bytedance/seedream/v3/text-to-image is deprecated"
    )
    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        guidance_scale: float | Omit = omit,
        num_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV3TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: Use for finer control over the output image size. Will be used over
                aspect_ratio, if both are provided. Width and height must be between 512 and 2048.
            guidance_scale: Controls how closely the output image aligns with the input prompt.
                Higher values mean stronger prompt correlation. Default: 2.5. Limits: minimum 1,
                maximum 10.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            seed: Random seed to control the stochasticity of image generation.
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
                "guidance_scale": guidance_scale,
                "num_images": num_images,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
