# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-2/klein/4b/edit` (Flux 2 Klein 4b Edit)."""

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
from fal_models.models.flux_2_klein_v4b_edit import (
    Flux2Klein4bEditInput,
    Flux2Klein4bEditOutput,
    ImageSizePreset,
)

__all__ = [
    "Flux2Klein4bEdit",
    "AsyncFlux2Klein4bEdit",
    "Flux2Klein4bEditInput",
    "Flux2Klein4bEditOutput",
]


class Flux2Klein4bEdit(SyncEndpoint[Flux2Klein4bEditInput, Flux2Klein4bEditOutput]):
    """Flux 2 Klein 4b Edit (`fal-ai/flux-2/klein/4b/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/edit"
    input_model: ClassVar[type[Flux2Klein4bEditInput]] = Flux2Klein4bEditInput
    output_model: ClassVar[type[Flux2Klein4bEditOutput]] = Flux2Klein4bEditOutput
    Input = Flux2Klein4bEditInput
    Output = Flux2Klein4bEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> Flux2Klein4bEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[Flux2Klein4bEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[Flux2Klein4bEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncFlux2Klein4bEdit(AsyncEndpoint[Flux2Klein4bEditInput, Flux2Klein4bEditOutput]):
    """Flux 2 Klein 4b Edit (`fal-ai/flux-2/klein/4b/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-2/klein/4b/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-2/klein/4b/edit"
    input_model: ClassVar[type[Flux2Klein4bEditInput]] = Flux2Klein4bEditInput
    output_model: ClassVar[type[Flux2Klein4bEditOutput]] = Flux2Klein4bEditOutput
    Input = Flux2Klein4bEditInput
    Output = Flux2Klein4bEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> Flux2Klein4bEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[Flux2Klein4bEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> Flux2Klein4bEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
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
        seed: int | None | Omit = omit,
        num_inference_steps: int | Omit = omit,
        image_size: shared.ImageSize | ImageSizePreset | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        enable_safety_checker: bool | Omit = omit,
        output_format: Literal["jpeg", "png", "webp"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[Flux2Klein4bEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to edit the image.
            seed: The seed to use for the generation. If not provided, a random seed will be used.
            num_inference_steps: The number of inference steps to perform. Default: 4. Limits:
                minimum 4, maximum 8.
            image_size: The size of the generated image. If not provided, uses the input image size.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI. Output is not stored
                when this is True. Default: false.
            enable_safety_checker: If set to true, the safety checker will be enabled. Default:
                true.
            output_format: The format of the generated image. Default: "png".
            image_urls: The URLs of the images for editing. A maximum of 4 images are allowed. Takes
                URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "num_inference_steps": num_inference_steps,
                "image_size": image_size,
                "num_images": num_images,
                "sync_mode": sync_mode,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
