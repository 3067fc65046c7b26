# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/phota/enhance` (Phota Enhance)."""

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
from fal_models.models.phota_enhance import PhotaEnhanceInput, PhotaEnhanceOutput

__all__ = ["PhotaEnhance", "AsyncPhotaEnhance", "PhotaEnhanceInput", "PhotaEnhanceOutput"]


class PhotaEnhance(SyncEndpoint[PhotaEnhanceInput, PhotaEnhanceOutput]):
    """Phota Enhance (`fal-ai/phota/enhance`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/phota/enhance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/enhance"
    input_model: ClassVar[type[PhotaEnhanceInput]] = PhotaEnhanceInput
    output_model: ClassVar[type[PhotaEnhanceOutput]] = PhotaEnhanceOutput
    Input = PhotaEnhanceInput
    Output = PhotaEnhanceOutput

    def subscribe(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubscribeOptions],
    ) -> PhotaEnhanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhotaEnhanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotaEnhanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhotaEnhanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)


class AsyncPhotaEnhance(AsyncEndpoint[PhotaEnhanceInput, PhotaEnhanceOutput]):
    """Phota Enhance (`fal-ai/phota/enhance`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/phota/enhance/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/enhance"
    input_model: ClassVar[type[PhotaEnhanceInput]] = PhotaEnhanceInput
    output_model: ClassVar[type[PhotaEnhanceOutput]] = PhotaEnhanceOutput
    Input = PhotaEnhanceInput
    Output = PhotaEnhanceOutput

    async def subscribe(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhotaEnhanceOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhotaEnhanceOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[RunOptions],
    ) -> PhotaEnhanceOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        image_url: FileInput,
        profile_ids: list[str] | Omit = omit,
        num_images: int | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhotaEnhanceOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            image_url: URL/Base64 data URI of the image to enhance. Takes URLs, data URIs or local
                files (Path, bytes, binary file, PIL image).
            profile_ids: List of profile IDs to use for the image enhancement. The profiles sent
                over will be used as candidates for identity preservation.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "image_url": image_url,
                "profile_ids": profile_ids,
                "num_images": num_images,
                "output_format": output_format,
                "sync_mode": sync_mode,
            }
        )
        return self._stream(payload, options)
