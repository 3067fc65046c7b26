# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v5/lite/text-to-image` (Bytedance Seedream V5
Lite Text To Image).
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
from fal_models.models.bytedance_seedream_v5_lite_text_to_image import (
    BytedanceSeedreamV5LiteTextToImageInput,
    BytedanceSeedreamV5LiteTextToImageOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV5LiteTextToImage",
    "AsyncBytedanceSeedreamV5LiteTextToImage",
    "BytedanceSeedreamV5LiteTextToImageInput",
    "BytedanceSeedreamV5LiteTextToImageOutput",
]


class BytedanceSeedreamV5LiteTextToImage(
    SyncEndpoint[BytedanceSeedreamV5LiteTextToImageInput, BytedanceSeedreamV5LiteTextToImageOutput]
):
    """Bytedance Seedream V5 Lite Text To Image (`fal-ai/bytedance/seedream/v5/lite/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v5/lite/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV5LiteTextToImageInput]] = (
        BytedanceSeedreamV5LiteTextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV5LiteTextToImageOutput]] = (
        BytedanceSeedreamV5LiteTextToImageOutput
    )
    Input = BytedanceSeedreamV5LiteTextToImageInput
    Output = BytedanceSeedreamV5LiteTextToImageOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV5LiteTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV5LiteTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV5LiteTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV5LiteTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV5LiteTextToImage(
    AsyncEndpoint[BytedanceSeedreamV5LiteTextToImageInput, BytedanceSeedreamV5LiteTextToImageOutput]
):
    """Bytedance Seedream V5 Lite Text To Image (`fal-ai/bytedance/seedream/v5/lite/text-to-image`).

    Category: text-to-image.
    Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/text-to-image/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v5/lite/text-to-image"
    input_model: ClassVar[type[BytedanceSeedreamV5LiteTextToImageInput]] = (
        BytedanceSeedreamV5LiteTextToImageInput
    )
    output_model: ClassVar[type[BytedanceSeedreamV5LiteTextToImageOutput]] = (
        BytedanceSeedreamV5LiteTextToImageOutput
    )
    Input = BytedanceSeedreamV5LiteTextToImageInput
    Output = BytedanceSeedreamV5LiteTextToImageOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV5LiteTextToImageOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV5LiteTextToImageOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV5LiteTextToImageOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        return_byteplus_urls: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV5LiteTextToImageOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to generate the image.
            image_size: The size of the generated image. Total pixels must be between 2560x1440 and
                4096x4096. In case the image size does not fall within these parameters, the image
                size will be adjusted to by scaling. Default: "auto_2K".
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. Default: 1.
                Limits: minimum 1, maximum 6.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            return_byteplus_urls: If set to true returns seedance-2 trusted URLs. Please note these
                urls expire in 24 hours. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "max_images": max_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "return_byteplus_urls": return_byteplus_urls,
            }
        )
        return self._stream(payload, options)
