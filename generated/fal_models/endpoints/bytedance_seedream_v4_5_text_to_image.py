# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v4.5/text-to-image` (Bytedance Seedream V4.5
Text To Image).
"""

from __future__ import annotations

from typing import ClassVar, Unpack

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
from fal_models.models.bytedance_seedream_v4_5_text_to_image import (
    BytedanceSeedreamV4_5TextToImageInput,
    BytedanceSeedreamV4_5TextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV4_5TextToImage",
    "AsyncBytedanceSeedreamV4_5TextToImage",
    "BytedanceSeedreamV4_5TextToImageInput",
    "BytedanceSeedreamV4_5TextToImageOutput",
]


class BytedanceSeedreamV4_5TextToImage(
    SyncEndpoint[BytedanceSeedreamV4_5TextToImageInput, BytedanceSeedreamV4_5TextToImageOutput]
):
    """Bytedance Seedream V4.5 Text To Image (`fal-ai/bytedance/seedream/v4.5/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV4_5TextToImageInput]] = (
        BytedanceSeedreamV4_5TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV4_5TextToImageOutput]] = (
        BytedanceSeedreamV4_5TextToImageOutput
    )
    Input = BytedanceSeedreamV4_5TextToImageInput
    Output = BytedanceSeedreamV4_5TextToImageOutput

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
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV4_5TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubscribeOptions`.
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
            }
        )
        return self._subscribe(payload, options)

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
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV4_5TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
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
            }
        )
        return self._submit(payload, options)

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
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4_5TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
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
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV4_5TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
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
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV4_5TextToImage(
    AsyncEndpoint[BytedanceSeedreamV4_5TextToImageInput, BytedanceSeedreamV4_5TextToImageOutput]
):
    """Bytedance Seedream V4.5 Text To Image (`fal-ai/bytedance/seedream/v4.5/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV4_5TextToImageInput]] = (
        BytedanceSeedreamV4_5TextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV4_5TextToImageOutput]] = (
        BytedanceSeedreamV4_5TextToImageOutput
    )
    Input = BytedanceSeedreamV4_5TextToImageInput
    Output = BytedanceSeedreamV4_5TextToImageOutput

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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV4_5TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `AsyncSubscribeOptions`.
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
            }
        )
        return await self._subscribe(payload, options)

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
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV4_5TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `SubmitOptions`.
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
            }
        )
        return await self._submit(payload, options)

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
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4_5TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `RunOptions`.
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
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV4_5TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            **options: Call options, see `StreamOptions`.
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
            }
        )
        return self._stream(payload, options)
