# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v4/text-to-image` (Bytedance Seedream v4 Text
to Image).
"""

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

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image/api
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
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV4TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV4TextToImage(
    AsyncEndpoint[BytedanceSeedreamV4TextToImageInput, BytedanceSeedreamV4TextToImageOutput]
):
    """Bytedance Seedream v4 Text to Image (`fal-ai/bytedance/seedream/v4/text-to-image`).

    Generate images using Bytedance's Seedream 4 model.

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4/text-to-image/api
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
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV4TextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4TextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
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
        enhance_prompt_mode: Literal["standard", "fast"] | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV4TextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 960x960 and
                4096x4096. Default: {"height": 2048, "width": 2048}.
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
            enhance_prompt_mode: The mode to use for enhancing prompt enhancement. Standard mode
                provides higher quality results but takes longer to generate. Fast mode provides
                average quality results but takes less time to generate. Default: "standard".
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
                "enhance_prompt_mode": enhance_prompt_mode,
            }
        )
        return self._stream(payload, options)
