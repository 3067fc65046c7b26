# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bytedance/seedream/v5/lite/edit` (Bytedance Seedream V5 Lite
Edit).
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
from fal_models._uploads import FileInput
from fal_models.models import shared
from fal_models.models.bytedance_seedream_v5_lite_edit import (
    BytedanceSeedreamV5LiteEditInput,
    BytedanceSeedreamV5LiteEditOutput,
    ImageSizePreset,
)

__all__ = [
    "BytedanceSeedreamV5LiteEdit",
    "AsyncBytedanceSeedreamV5LiteEdit",
    "BytedanceSeedreamV5LiteEditInput",
    "BytedanceSeedreamV5LiteEditOutput",
]


class BytedanceSeedreamV5LiteEdit(
    SyncEndpoint[BytedanceSeedreamV5LiteEditInput, BytedanceSeedreamV5LiteEditOutput]
):
    """Bytedance Seedream V5 Lite Edit (`fal-ai/bytedance/seedream/v5/lite/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v5/lite/edit"
    input_model: ClassVar[type[BytedanceSeedreamV5LiteEditInput]] = BytedanceSeedreamV5LiteEditInput
    output_model: ClassVar[type[BytedanceSeedreamV5LiteEditOutput]] = (
        BytedanceSeedreamV5LiteEditOutput
    )
    Input = BytedanceSeedreamV5LiteEditInput
    Output = BytedanceSeedreamV5LiteEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> BytedanceSeedreamV5LiteEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BytedanceSeedreamV5LiteEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV5LiteEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BytedanceSeedreamV5LiteEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncBytedanceSeedreamV5LiteEdit(
    AsyncEndpoint[BytedanceSeedreamV5LiteEditInput, BytedanceSeedreamV5LiteEditOutput]
):
    """Bytedance Seedream V5 Lite Edit (`fal-ai/bytedance/seedream/v5/lite/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bytedance/seedream/v5/lite/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bytedance/seedream/v5/lite/edit"
    input_model: ClassVar[type[BytedanceSeedreamV5LiteEditInput]] = BytedanceSeedreamV5LiteEditInput
    output_model: ClassVar[type[BytedanceSeedreamV5LiteEditOutput]] = (
        BytedanceSeedreamV5LiteEditOutput
    )
    Input = BytedanceSeedreamV5LiteEditInput
    Output = BytedanceSeedreamV5LiteEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        max_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BytedanceSeedreamV5LiteEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BytedanceSeedreamV5LiteEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> BytedanceSeedreamV5LiteEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BytedanceSeedreamV5LiteEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt used to edit the image.
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
            image_urls: List of URLs of input images for editing. Presently, up to 10 image inputs
                are allowed. If over 10 images are sent, only the last 10 will be used. Takes URLs,
                data URIs or local files (Path, bytes, binary file, PIL image).
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
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
