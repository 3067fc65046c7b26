# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/hunyuan-image/v3/instruct/edit` (Hunyuan Image V3 Instruct Edit)."""

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
from fal_models._uploads import FileInput
from fal_models.models import shared
from fal_models.models.hunyuan_image_v3_instruct_edit import (
    HunyuanImageV3InstructEditInput,
    HunyuanImageV3InstructEditOutput,
    ImageSizePreset,
)

__all__ = [
    "HunyuanImageV3InstructEdit",
    "AsyncHunyuanImageV3InstructEdit",
    "HunyuanImageV3InstructEditInput",
    "HunyuanImageV3InstructEditOutput",
]


class HunyuanImageV3InstructEdit(
    SyncEndpoint[HunyuanImageV3InstructEditInput, HunyuanImageV3InstructEditOutput]
):
    """Hunyuan Image V3 Instruct Edit (`fal-ai/hunyuan-image/v3/instruct/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan-image/v3/instruct/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-image/v3/instruct/edit"
    input_model: ClassVar[type[HunyuanImageV3InstructEditInput]] = HunyuanImageV3InstructEditInput
    output_model: ClassVar[type[HunyuanImageV3InstructEditOutput]] = (
        HunyuanImageV3InstructEditOutput
    )
    Input = HunyuanImageV3InstructEditInput
    Output = HunyuanImageV3InstructEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> HunyuanImageV3InstructEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[HunyuanImageV3InstructEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> HunyuanImageV3InstructEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[HunyuanImageV3InstructEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncHunyuanImageV3InstructEdit(
    AsyncEndpoint[HunyuanImageV3InstructEditInput, HunyuanImageV3InstructEditOutput]
):
    """Hunyuan Image V3 Instruct Edit (`fal-ai/hunyuan-image/v3/instruct/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/hunyuan-image/v3/instruct/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/hunyuan-image/v3/instruct/edit"
    input_model: ClassVar[type[HunyuanImageV3InstructEditInput]] = HunyuanImageV3InstructEditInput
    output_model: ClassVar[type[HunyuanImageV3InstructEditOutput]] = (
        HunyuanImageV3InstructEditOutput
    )
    Input = HunyuanImageV3InstructEditInput
    Output = HunyuanImageV3InstructEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        image_size: shared.ImageSize | ImageSizePreset | Omit = omit,
        num_images: int | Omit = omit,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> HunyuanImageV3InstructEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[HunyuanImageV3InstructEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> HunyuanImageV3InstructEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
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
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[HunyuanImageV3InstructEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The text prompt to generate an image from.
            image_size: The desired size of the generated image. If auto, image size will be
                determined by the model. Default: "auto".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            guidance_scale: Controls how much the model adheres to the prompt. Higher values mean
                stricter adherence. Default: 3.5. Limits: minimum 1, maximum 20.
            seed: Random seed for reproducible results. If None, a random seed is used.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images to use as a reference for the generation. A maximum
                of 3 images are supported. Takes URLs, data URIs or local files (Path, bytes, binary
                file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_images": num_images,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "enable_safety_checker": enable_safety_checker,
                "sync_mode": sync_mode,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
