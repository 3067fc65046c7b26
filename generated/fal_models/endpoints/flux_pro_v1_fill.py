# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/flux-pro/v1/fill` (Flux Pro V1 Fill)."""

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
from fal_models.models.flux_pro_v1_fill import FluxProV1FillInput, FluxProV1FillOutput

__all__ = ["FluxProV1Fill", "AsyncFluxProV1Fill", "FluxProV1FillInput", "FluxProV1FillOutput"]


class FluxProV1Fill(SyncEndpoint[FluxProV1FillInput, FluxProV1FillOutput]):
    """Flux Pro V1 Fill (`fal-ai/flux-pro/v1/fill`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1/fill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1/fill"
    input_model: ClassVar[type[FluxProV1FillInput]] = FluxProV1FillInput
    output_model: ClassVar[type[FluxProV1FillOutput]] = FluxProV1FillOutput
    Input = FluxProV1FillInput
    Output = FluxProV1FillOutput

    def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[SubscribeOptions],
    ) -> FluxProV1FillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[FluxProV1FillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> FluxProV1FillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[FluxProV1FillOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)


class AsyncFluxProV1Fill(AsyncEndpoint[FluxProV1FillInput, FluxProV1FillOutput]):
    """Flux Pro V1 Fill (`fal-ai/flux-pro/v1/fill`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/flux-pro/v1/fill/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/flux-pro/v1/fill"
    input_model: ClassVar[type[FluxProV1FillInput]] = FluxProV1FillInput
    output_model: ClassVar[type[FluxProV1FillOutput]] = FluxProV1FillOutput
    Input = FluxProV1FillInput
    Output = FluxProV1FillOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> FluxProV1FillOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[FluxProV1FillOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[RunOptions],
    ) -> FluxProV1FillOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        seed: int | None | Omit = omit,
        sync_mode: bool | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        safety_tolerance: Literal["1", "2", "3", "4", "5", "6"] | Omit = omit,
        enhance_prompt: bool | Omit = omit,
        image_url: FileInput,
        mask_url: FileInput,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[FluxProV1FillOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: The prompt to fill the masked part of the image.
            seed: The same seed and the same prompt given to the same version of the model will
                output the same image every time.
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            num_images: The number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            safety_tolerance: The safety tolerance level for the generated image. 1 being the most
                strict and 5 being the most permissive. Default: "2".
            enhance_prompt: Whether to enhance the prompt for better results. Default: false.
            image_url: The image URL to generate an image from. Needs to match the dimensions of the
                mask. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            mask_url: The mask URL to inpaint the image. Needs to match the dimensions of the input
                image. Takes URLs, data URIs or local files (Path, bytes, binary file, PIL image).
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "seed": seed,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "image_url": image_url,
                "mask_url": mask_url,
            }
        )
        return self._stream(payload, options)
