# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v4.5/edit` (Bytedance Seedream v4.5 Edit)."""

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
from fal_models._uploads import FileInput
from fal_models.models import shared
from fal_models.models.bytedance_seedream_v4_5_edit import (
    BytedanceSeedreamV4_5EditInput,
    BytedanceSeedreamV4_5EditOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV4_5Edit",
    "AsyncBytedanceSeedreamV4_5Edit",
    "BytedanceSeedreamV4_5EditInput",
    "BytedanceSeedreamV4_5EditOutput",
]


class BytedanceSeedreamV4_5Edit(
    SyncEndpoint[BytedanceSeedreamV4_5EditInput, BytedanceSeedreamV4_5EditOutput]
):
    """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`).

    Edit images using Bytedance's Seedream 4.5 model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/edit"
    input_model: ClassVar[type[BytedanceSeedreamV4_5EditInput]] = BytedanceSeedreamV4_5EditInput
    output_model: ClassVar[type[BytedanceSeedreamV4_5EditOutput]] = BytedanceSeedreamV4_5EditOutput
    Input = BytedanceSeedreamV4_5EditInput
    Output = BytedanceSeedreamV4_5EditOutput

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
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV4_5EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV4_5EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4_5EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV4_5EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV4_5Edit(
    AsyncEndpoint[BytedanceSeedreamV4_5EditInput, BytedanceSeedreamV4_5EditOutput]
):
    """Bytedance Seedream v4.5 Edit (`fal-ai/bytedance/seedream/v4.5/edit`).

    Edit images using Bytedance's Seedream 4.5 model.

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v4.5/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v4.5/edit"
    input_model: ClassVar[type[BytedanceSeedreamV4_5EditInput]] = BytedanceSeedreamV4_5EditInput
    output_model: ClassVar[type[BytedanceSeedreamV4_5EditOutput]] = BytedanceSeedreamV4_5EditOutput
    Input = BytedanceSeedreamV4_5EditInput
    Output = BytedanceSeedreamV4_5EditOutput

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
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV4_5EditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV4_5EditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV4_5EditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
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
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV4_5EditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to edit the image.
            image_size: The size of the generated image. Width and height must be between 1920 and
                4096, or total number of pixels must be between 2560*1440 and 4096*4096. Default:
                {"height": 2048, "width": 2048}.
            num_images: Number of separate model generations to be run with the prompt. Default: 1.
                Limits: minimum 1, maximum 6.
            max_images: If set to a number greater than one, enables multi-image generation. The
                model will potentially return up to `max_images` images every generation, and in
                total, `num_images` generations will be carried out. In total, the number of images
                generated will be between `num_images` and `max_images*num_images`. The total number
                of images (image inputs + image outputs) must not exceed 15. Default: 1. Limits:
                minimum 1, maximum 6.
            seed: Random seed to control the stochasticity of image generation.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image). Limits: max items
                10.
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
