# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/turbo/edit` (Flux 2 Turbo Edit)."""

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
from fal_models.models.flux_2_turbo_edit import (
    Flux2TurboEditInput,
    Flux2TurboEditOutput,
    ImageSizePreset,
)

__all__ = ["Flux2TurboEdit", "AsyncFlux2TurboEdit", "Flux2TurboEditInput", "Flux2TurboEditOutput"]


class Flux2TurboEdit(SyncEndpoint[Flux2TurboEditInput, Flux2TurboEditOutput]):
    """Flux 2 Turbo Edit (`fal-ai/flux-2/turbo/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/turbo/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/turbo/edit"
    input_model: ClassVar[type[Flux2TurboEditInput]] = Flux2TurboEditInput
    output_model: ClassVar[type[Flux2TurboEditOutput]] = Flux2TurboEditOutput
    Input = Flux2TurboEditInput
    Output = Flux2TurboEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> Flux2TurboEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2TurboEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2TurboEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2TurboEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2TurboEdit(AsyncEndpoint[Flux2TurboEditInput, Flux2TurboEditOutput]):
    """Flux 2 Turbo Edit (`fal-ai/flux-2/turbo/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/turbo/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/turbo/edit"
    input_model: ClassVar[type[Flux2TurboEditInput]] = Flux2TurboEditInput
    output_model: ClassVar[type[Flux2TurboEditOutput]] = Flux2TurboEditOutput
    Input = Flux2TurboEditInput
    Output = Flux2TurboEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2TurboEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2TurboEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2TurboEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        guidance_scale: float | Omit = omit,
        seed: int | None | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        enable_prompt_expansion: bool | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2TurboEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            guidance_scale: Guidance Scale is a measure of how close you want the model to stick to
                your prompt when looking for a related image to show you. Default: 2.5. Limits:
                minimum 0, maximum 20.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            image_size: The size of the image to generate. The width and height must be between 512
                and 2048 pixels. Default: "square_hd".
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            enable_prompt_expansion: If set to true, the prompt will be expanded for better results.
                Default: false.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed, if
                more are provided, only the first 4 will be used. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "image_size": image_size,
                "num_images": num_images,
                "enable_prompt_expansion": enable_prompt_expansion,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
