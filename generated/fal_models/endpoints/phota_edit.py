# Generated from specs/ by `python -m generator generate`. Do not edit.
"""The typed client of `fal-ai/phota/edit` (Phota Edit)."""

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
from fal_models.models.phota_edit import PhotaEditInput, PhotaEditOutput

__all__ = ["PhotaEdit", "AsyncPhotaEdit", "PhotaEditInput", "PhotaEditOutput"]


class PhotaEdit(SyncEndpoint[PhotaEditInput, PhotaEditOutput]):
    """Phota Edit (`fal-ai/phota/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/phota/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/edit"
    input_model: ClassVar[type[PhotaEditInput]] = PhotaEditInput
    output_model: ClassVar[type[PhotaEditOutput]] = PhotaEditOutput
    Input = PhotaEditInput
    Output = PhotaEditOutput

    def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubscribeOptions],
    ) -> PhotaEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `SubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._subscribe(payload, options)

    def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> RequestHandle[PhotaEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._submit(payload, options)

    def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> PhotaEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> EndpointStream[PhotaEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): iterate for each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)


class AsyncPhotaEdit(AsyncEndpoint[PhotaEditInput, PhotaEditOutput]):
    """Phota Edit (`fal-ai/phota/edit`).

    Category: image-to-image. Docs: https://fal.ai/models/fal-ai/phota/edit/api
    """

    endpoint_id: ClassVar[str] = "fal-ai/phota/edit"
    input_model: ClassVar[type[PhotaEditInput]] = PhotaEditInput
    output_model: ClassVar[type[PhotaEditOutput]] = PhotaEditOutput
    Input = PhotaEditInput
    Output = PhotaEditOutput

    async def subscribe(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[AsyncSubscribeOptions],
    ) -> PhotaEditOutput:
        """Queue a request, wait for it (status stream, else polling) and return its output.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `AsyncSubscribeOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._subscribe(payload, options)

    async def submit(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[SubmitOptions],
    ) -> AsyncRequestHandle[PhotaEditOutput]:
        """Queue a request and return its handle at once (`request_id`, `status()`, `result()`).

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `SubmitOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._submit(payload, options)

    async def run(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[RunOptions],
    ) -> PhotaEditOutput:
        """Call the endpoint synchronously on fal.run (no queue) and return its output.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `RunOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return await self._run(payload, options)

    def stream(
        self,
        *,
        prompt: str,
        num_images: int | Omit = omit,
        profile_ids: list[str] | Omit = omit,
        output_format: Literal["jpeg", "png"] | Omit = omit,
        sync_mode: bool | Omit = omit,
        resolution: Literal["1K", "4K"] | Omit = omit,
        aspect_ratio: Literal["auto", "1:1", "16:9", "4:3", "3:4", "9:16"] | Omit = omit,
        image_urls: list[FileInput],
        **options: Unpack[StreamOptions],
    ) -> AsyncEndpointStream[PhotaEditOutput]:
        """Stream the endpoint on fal.run (`/stream`): `async for` each event (a dict) as it
        arrives; the last one, typed, is `.output`. The input is checked now; nothing is sent
        before the first event is asked for, and nothing is sent twice.

        Args:
            prompt: Text description of the desired image. To refer to specific profiles, use
                [[profile_id_1]], [[profile_id_2]], etc. Limits: max length 8000.
            num_images: Number of images to generate. Default: 1. Limits: minimum 1, maximum 4.
            profile_ids: List of profile IDs to use for the image generation. Profiles may be tagged
                in the prompt as @Profile1, @Profile2, etc.
            output_format: The format of the generated image. Default: "jpeg".
            sync_mode: If `True`, the media will be returned as a data URI and the output data won't
                be available in the request history. Default: false.
            resolution: Resolution of the generated image. Default: "1K".
            aspect_ratio: Aspect ratio of the generated image. Default: "auto".
            image_urls: List of URLs/ Base64 data URIs of the images to edit. At least one image is
                required; for pure text-to-image generation use the `/` endpoint instead. A maximum
                of 10 images are supported, additional images will be ignored. Takes URLs, data URIs
                or local files (Path, bytes, binary file, PIL image). Limits: min items 1.
            **options: Call options, see `StreamOptions`.
        """
        payload = self._input(
            {
                "prompt": prompt,
                "num_images": num_images,
                "profile_ids": profile_ids,
                "output_format": output_format,
                "sync_mode": sync_mode,
                "resolution": resolution,
                "aspect_ratio": aspect_ratio,
                "image_urls": image_urls,
            }
        )
        return self._stream(payload, options)
