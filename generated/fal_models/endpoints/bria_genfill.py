# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/bria/genfill` (Bria Genfill)."""

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
from fal_models.models.bria_genfill import BriaGenfillInput, BriaGenfillOutput

__all__ = ["BriaGenfill", "AsyncBriaGenfill", "BriaGenfillInput", "BriaGenfillOutput"]


class BriaGenfill(SyncEndpoint[BriaGenfillInput, BriaGenfillOutput]):
    """Bria Genfill (`fal-ai/bria/genfill`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/genfill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/genfill"
    input_model: ClassVar[type[BriaGenfillInput]] = BriaGenfillInput
    output_model: ClassVar[type[BriaGenfillOutput]] = BriaGenfillOutput
    Input = BriaGenfillInput
    Output = BriaGenfillOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> BriaGenfillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[BriaGenfillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaGenfillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[BriaGenfillOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncBriaGenfill(AsyncEndpoint[BriaGenfillInput, BriaGenfillOutput]):
    """Bria Genfill (`fal-ai/bria/genfill`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/bria/genfill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/bria/genfill"
    input_model: ClassVar[type[BriaGenfillInput]] = BriaGenfillInput
    output_model: ClassVar[type[BriaGenfillOutput]] = BriaGenfillOutput
    Input = BriaGenfillInput
    Output = BriaGenfillOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> BriaGenfillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[BriaGenfillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> BriaGenfillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        mask_url: FileInput,
        prompt: str,
        negative_prompt: str | Omit = omit,
        seed: int | None | Omit = omit,
        num_images: int | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[BriaGenfillOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: Input Image to erase from. Takes URLs, data URIs or local files (Path, bytes,
                binary file, PIL image).
            mask_url: The URL of the binary mask image that represents the area that will be
                cleaned. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            prompt: The prompt you would like to use to generate images.
            negative_prompt: The negative prompt you would like to use to generate images. Default:
                "".
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time. Limits: minimum 0, maximum 2147483647.
            num_images: Number of Images to generate. Default: 1. Limits: minimum 1, maximum 4.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "mask_url": mask_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "num_images": num_images,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
